#include "TimelineWidget.h"

#include "BackgroundTask.h"
#include "EmptyStateWidget.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "TimelineModel.h"
#include "common/Logging.h"
#include "store/FleetStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

struct SaveResult
{
    bool ok = false;
    QString error;
};

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineWidget"));
    m_model = new TimelineModel(this);
    m_model->setObjectName(QStringLiteral("timelineModel"));

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("timelineKindComboBox"));
    m_kindCombo->setAccessibleName(tr("Kind of entries"));
    m_kindCombo->view()->setAccessibleName(tr("Kinds"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    refillKinds();
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(m_kindCombo->currentData().toString());
        updateState();
    });

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("timelineSearchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search the timeline"));
    m_searchEdit->setPlaceholderText(tr("Search messages…"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateState();
    });

    m_orderButton = new QToolButton(this);
    m_orderButton->setObjectName(QStringLiteral("timelineOrderToolButton"));
    m_orderButton->setCheckable(true);
    m_orderButton->setChecked(true);
    m_orderButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto updateOrderText = [this] {
        m_orderButton->setText(m_orderButton->isChecked() ? tr("Newest first")
                                                          : tr("Oldest first"));
        m_orderButton->setToolTip(tr("Switch between newest first and oldest first"));
    };
    updateOrderText();
    connect(m_orderButton, &QToolButton::toggled, this, [this, updateOrderText](bool newest) {
        m_model->setNewestFirst(newest);
        updateOrderText();
    });

    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("timelineExportButton"));
    m_exportButton->setAccessibleName(tr("Export the timeline"));
    m_exportButton->setToolTip(tr("Save the entries shown as CSV or JSON"));
    connect(m_exportButton, &QPushButton::clicked, this, &TimelineWidget::exportAsked);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("timelineCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindCombo);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_orderButton);
    bar->addWidget(m_countLabel);
    bar->addWidget(m_exportButton);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineTreeView"));
    m_view->setAccessibleName(tr("Device timeline"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(TimelineModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("2026-11-26 10:42:03 ")) * 11
                               / 10);
    m_view->setColumnWidth(TimelineModel::KindColumn, metrics.averageCharWidth() * 16);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("timelineEmptyStateWidget"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::updateState);
    updateState();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setFleetStore(FleetStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store,
            &FleetStore::timelineLoaded,
            this,
            [this](const QUuid &deviceId, const QVector<JournalRepository::JournalEntry> &entries) {
                if (deviceId != m_deviceId)
                    return; // an answer for a device no longer shown
                m_loading = false;
                m_model->setEntries(deviceId, entries);
                refillKinds();
                updateState();
                emit loaded(int(entries.size()));
                if (std::exchange(m_reloadPending, false))
                    reload();
            });
    connect(store, &FleetStore::journalAppended, this, [this](const QSet<QUuid> &devices) {
        if (devices.contains(m_deviceId))
            reload();
    });
    // Health changes reach the journal with the devices they change.
    connect(store, &FleetStore::devicesLoaded, this, [this] { reload(); });
    reload();
}

void TimelineWidget::setFileDialogs(FileDialogs *fileDialogs)
{
    m_fileDialogs = fileDialogs;
}

void TimelineWidget::setMessageBoxes(MessageBoxes *messageBoxes)
{
    m_messageBoxes = messageBoxes;
}

void TimelineWidget::showDevice(const QUuid &deviceId, const QString &deviceName)
{
    m_deviceName = deviceName;
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    m_reloadPending = false;
    m_loading = false;
    // Another device: nothing of the previous one stays on screen while it loads.
    m_model->setEntries(deviceId, {});
    reload();
}

void TimelineWidget::reload()
{
    if (!m_store || m_deviceId.isNull())
        return;
    if (m_loading) {
        m_reloadPending = true; // one request in flight at a time
        return;
    }
    m_loading = true;
    updateState();
    m_store->loadTimeline(m_deviceId, m_limit);
}

void TimelineWidget::refillKinds()
{
    const QString current = m_kindCombo->currentData().toString();
    const QStringList kinds = m_model->kinds();
    if (m_kindCombo->count() == kinds.size() + 1)
        return; // the same kinds (the list only grows)
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const QString &kind : kinds)
        m_kindCombo->addItem(TimelineModel::kindName(kind), kind);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(current)));
}

void TimelineWidget::updateState()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_countLabel->setText(shown == total
                              ? tr("%n entry(ies)", nullptr, total)
                              : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
    m_exportButton->setEnabled(shown > 0);
    if (shown > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_deviceId.isNull()) {
        m_empty->setTitle(tr("No device selected"));
        m_empty->setText(tr("Select a device to see its timeline."));
    } else if (m_loading && total == 0) {
        m_empty->setTitle(tr("Loading the timeline…"));
        m_empty->setText(QString());
    } else if (total == 0) {
        m_empty->setTitle(tr("Nothing recorded for this device yet"));
        m_empty->setText(tr("Registrations, health changes and the operations you run on it "
                            "appear here as they happen."));
    } else {
        m_empty->setTitle(tr("No entry matches"));
        m_empty->setText(tr(
            "Choose \"All kinds\" or clear the search to see all %n entry(ies).", nullptr, total));
    }
    m_stack->setCurrentWidget(m_empty);
}

void TimelineWidget::exportAsked()
{
    if (!m_fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_fileDialogs = m_ownFileDialogs.get();
    }
    QString safeName = m_deviceName.isEmpty() ? QStringLiteral("device") : m_deviceName;
    for (QChar &c : safeName) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-timeline-%1-%2.csv")
            .arg(safeName,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = m_fileDialogs->saveFileName(
        this, tr("Export timeline"), suggested, tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    exportTo(path);
}

void TimelineWidget::exportTo(const QString &path)
{
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    // The text is small (at most m_limit entries); the disk is written off the GUI thread.
    const QByteArray content = json ? m_model->toJson(m_deviceName) : m_model->toCsv();
    m_exportButton->setEnabled(false);
    BackgroundTask::run(
        this,
        [path, content] {
            SaveResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            file.write(content);
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path](const SaveResult &result) {
            updateState();
            if (!result.ok) {
                qCWarning(lcUi) << "timeline export failed:" << path << result.error;
                if (!m_messageBoxes) {
                    m_ownMessageBoxes = std::make_unique<MessageBoxes>();
                    m_messageBoxes = m_ownMessageBoxes.get();
                }
                m_messageBoxes->warning(this,
                                        tr("Export timeline"),
                                        tr("The timeline could not be saved to %1.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        result.error);
            }
            emit exportFinished(result.ok, path, result.error);
        });
}
