#include "HeldOperationsWidget.h"

#include "HeldOperationModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

HeldOperationsWidget::HeldOperationsWidget(HeldOperationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("heldOperationsWidget"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("heldOperationsTableView"));
    m_view->setAccessibleName(tr("Held operations"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_emptyLabel = new QLabel(tr("Nothing is held offline. When a device's server or broker cannot "
                                 "be reached, FleetDesk can hold an operation here — only when you "
                                 "choose to — and run it when the server is back."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("heldOperationsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("heldOperationsStackedWidget"));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);

    m_runButton = new QPushButton(tr("&Run now"), this);
    m_runButton->setAccessibleName(tr("Run the selected held operations now"));
    m_runButton->setObjectName(QStringLiteral("runHeldPushButton"));
    m_runButton->setToolTip(tr("Run the selected held operations now if their server or broker "
                               "can be reached (their preconditions are checked first)."));
    m_confirmButton = new QPushButton(tr("&Confirm and run"), this);
    m_confirmButton->setAccessibleName(tr("Confirm and run the selected held operations"));
    m_confirmButton->setObjectName(QStringLiteral("confirmHeldPushButton"));
    m_confirmButton->setToolTip(tr("Run the selected operations although something changed since "
                                   "they were held (see Reason)."));
    m_discardButton = new QPushButton(tr("&Discard"), this);
    m_discardButton->setAccessibleName(tr("Discard the selected held operations"));
    m_discardButton->setObjectName(QStringLiteral("discardHeldPushButton"));
    m_discardButton->setToolTip(tr("Remove the selected operations from the queue without running "
                                   "them."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_confirmButton);
    buttons->addStretch(1);
    buttons->addWidget(m_discardButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        emit runRequested(selectedIds(), false);
    });
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        emit runRequested(selectedIds(), true);
    });
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        emit discardRequested(selectedIds());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &HeldOperationsWidget::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &HeldOperationsWidget::updateState);
    connect(model, &QAbstractItemModel::layoutChanged, this, &HeldOperationsWidget::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &HeldOperationsWidget::updateState);
    updateState();
}

QVector<const HeldOperation *> HeldOperationsWidget::selectedOperations() const
{
    QVector<const HeldOperation *> ops;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const HeldOperation *op = m_model->operation(index))
            ops.append(op);
    }
    return ops;
}

QVector<qint64> HeldOperationsWidget::selectedIds() const
{
    QVector<qint64> ids;
    for (const HeldOperation *op : selectedOperations())
        ids.append(op->id);
    return ids;
}

void HeldOperationsWidget::updateState()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view)
                                                      : m_emptyLabel);
    bool anyHeld = false;
    bool anyAsked = false;
    for (const HeldOperation *op : selectedOperations()) {
        anyHeld |= op->state == HeldOperation::State::Held;
        anyAsked |= op->state == HeldOperation::State::NeedsConfirmation;
    }
    m_runButton->setEnabled(anyHeld);
    m_confirmButton->setEnabled(anyAsked);
    m_discardButton->setEnabled(anyHeld || anyAsked);
}
