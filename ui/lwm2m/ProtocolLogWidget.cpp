#include "lwm2m/ProtocolLogWidget.h"

#include "BackgroundTask.h"
#include "EmptyStateWidget.h"
#include "FileDialogs.h"
#include "ProtocolLogFilterProxyModel.h"
#include "ProtocolLogModel.h"
#include "common/Logging.h"
#include "common/TimeFormat.h"
#include "fleet/Device.h"
#include "lwm2m/Lwm2mService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using Direction = CoapLogEntry::Direction;
using State = Lwm2mProtocolLog::State;

namespace {

struct SaveResult
{
    bool ok = false;
    QString error;
};

} // namespace

ProtocolLogWidget::ProtocolLogWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProtocolLogModel(this))
    , m_proxy(new ProtocolLogFilterProxyModel(this))
{
    setObjectName(QStringLiteral("protocolLogWidget"));
    setAccessibleName(tr("Protocol log"));
    m_model->setCapacity(m_capacity);
    m_proxy->setSourceModel(m_model);

    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing, spacing, spacing, spacing);

    // Filters on the left, actions on the right.
    m_toolRow = new QWidget(this);
    m_toolRow->setObjectName(QStringLiteral("protocolLogToolsWidget"));
    auto *tools = new QHBoxLayout(m_toolRow);
    tools->setContentsMargins(0, 0, 0, 0);
    m_directionCombo = new QComboBox(m_toolRow);
    m_directionCombo->setObjectName(QStringLiteral("directionComboBox"));
    m_directionCombo->setAccessibleName(tr("Direction"));
    m_directionCombo->setToolTip(tr("Show messages in both directions, or only one"));
    m_directionCombo->addItem(tr("Both directions"), -1);
    m_directionCombo->addItem(tr("↓ Incoming"), int(Direction::Incoming));
    m_directionCombo->addItem(tr("↑ Outgoing"), int(Direction::Outgoing));
    m_filterEdit = new QLineEdit(m_toolRow);
    m_filterEdit->setObjectName(QStringLiteral("protocolLogFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter messages"));
    m_filterEdit->setPlaceholderText(tr("Filter code, options, payload"));
    m_filterEdit->setToolTip(tr("Shows messages whose code, options or payload contain every word, "
                                "e.g. \"4.04\", \"Observe\" or \"rd\""));
    m_filterEdit->setClearButtonEnabled(true);
    tools->addWidget(m_directionCombo);
    tools->addWidget(m_filterEdit, 1);
    layout->addWidget(m_toolRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("protocolLogStackedWidget"));
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("protocolLogTableView"));
    m_table->setAccessibleName(tr("CoAP messages"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + spacing);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    const int pad = spacing * 3;
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + pad);
    };
    fit(ProtocolLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(ProtocolLogModel::DirectionColumn, QStringLiteral("↓"));
    fit(ProtocolLogModel::TypeColumn, QStringLiteral("ACK"));
    fit(ProtocolLogModel::CodeColumn, QStringLiteral("DELETE"));
    fit(ProtocolLogModel::MessageIdColumn, QStringLiteral("65535"));
    header->resizeSection(ProtocolLogModel::CodeColumn,
                          header->sectionSize(ProtocolLogModel::CodeColumn)
                              + style()->pixelMetric(QStyle::PM_SmallIconSize));
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(ProtocolLogModel::TokenColumn,
                          mono.horizontalAdvance(QStringLiteral("7C29744FD2B4C50F")) + pad);
    header->resizeSection(ProtocolLogModel::OptionsColumn, fm.averageCharWidth() * 26);
    m_stack->addWidget(m_table);

    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("protocolLogEmptyStateWidget"));
    m_stack->addWidget(m_emptyState);
    layout->addWidget(m_stack, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("protocolLogStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLabel);

    createActions();
    auto *actionsRow = new QHBoxLayout;
    actionsRow->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_autoScrollAction, m_clearAction, m_exportAction}) {
        auto *button = new QToolButton(m_toolRow);
        button->setObjectName(
            action->objectName().replace(QLatin1String("Action"), QLatin1String("ToolButton")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addWidget(button);
    }

    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_directionCombo->currentData().toInt();
        m_proxy->setDirection(value < 0 ? std::nullopt
                                        : std::optional<Direction>(Direction(value)));
        updateState();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_autoScrollAction->isChecked())
            m_table->scrollToBottom();
    });
    // Scrolling up to read pauses auto-scroll; back at the bottom, it follows again.
    connect(m_table->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        QMetaObject::invokeMethod(
            this,
            [this, bar] { m_autoScrollAction->setChecked(bar->value() >= bar->maximum()); },
            Qt::QueuedConnection);
    });
    updateState();
}

ProtocolLogWidget::~ProtocolLogWidget()
{
    closeLog();
}

void ProtocolLogWidget::createActions()
{
    m_autoScrollAction = new QAction(tr("Auto-scroll"), this);
    m_autoScrollAction->setObjectName(QStringLiteral("autoScrollAction"));
    m_autoScrollAction->setCheckable(true);
    m_autoScrollAction->setChecked(true);
    m_autoScrollAction->setToolTip(tr("Keep the newest message in view; scrolling up pauses it"));
    connect(m_autoScrollAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_table->scrollToBottom();
    });

    m_clearAction = new QAction(tr("Clear"), this);
    m_clearAction->setObjectName(QStringLiteral("clearProtocolLogAction"));
    m_clearAction->setToolTip(tr("Remove the messages shown; new traffic keeps coming in"));
    connect(m_clearAction, &QAction::triggered, this, [this] {
        m_model->clear();
        m_exportMessage.clear();
        updateState();
    });

    m_exportAction = new QAction(tr("Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportProtocolLogAction"));
    m_exportAction->setToolTip(tr("Save the messages shown (with the filter applied) as CSV, "
                                  "times in UTC"));
    connect(m_exportAction, &QAction::triggered, this, &ProtocolLogWidget::exportCsv);
    for (QAction *action : {m_autoScrollAction, m_clearAction, m_exportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void ProtocolLogWidget::setLwm2mService(Lwm2mService *service)
{
    if (m_service == service)
        return;
    closeLog();
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service,
                &Lwm2mService::connectionStateChanged,
                this,
                [this](const QString &profile, Lwm2mServerConnection::State state) {
                    // The server's connection is back: listen again.
                    if (profile == m_profile && m_logId == 0 && isVisible()
                        && (state == Lwm2mServerConnection::State::Synchronising
                            || state == Lwm2mServerConnection::State::Online))
                        openLog();
                });
    }
    if (isVisible())
        openLog();
    updateState();
}

void ProtocolLogWidget::setFileDialogs(FileDialogs *fileDialogs)
{
    m_fileDialogs = fileDialogs;
}

void ProtocolLogWidget::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    m_model->setCapacity(m_capacity);
}

void ProtocolLogWidget::setDevice(const Device &device)
{
    const bool bound = device.binding.protocol == Protocol::Lwm2m
                       && !device.binding.profile.isEmpty() && !device.binding.key.isEmpty();
    const QString profile = bound ? device.binding.profile : QString();
    const QString endpoint = bound ? device.binding.key : QString();
    if (bound == m_bound && device.id == m_deviceId && profile == m_profile
        && endpoint == m_endpoint)
        return;
    closeLog();
    m_deviceId = device.id;
    m_bound = bound;
    m_profile = profile;
    m_endpoint = endpoint;
    m_model->clear();
    m_listeningSince = QDateTime();
    m_exportMessage.clear();
    if (isVisible())
        openLog();
    updateState();
}

void ProtocolLogWidget::clearDevice()
{
    setDevice(Device());
}

void ProtocolLogWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    openLog();
}

void ProtocolLogWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    closeLog();
    updateState();
}

void ProtocolLogWidget::openLog()
{
    if (m_logId != 0 || !m_service || !m_bound)
        return;
    const quint64 generation = ++m_generation;
    m_state = State::Connecting;
    m_stateMessage.clear();
    m_logId = m_service->openProtocolLog(
        m_profile,
        m_endpoint,
        this,
        [this, generation](const CoapLogEntryList &entries, qint64 skipped) {
            if (generation == m_generation)
                onEntries(entries, skipped);
        },
        [this, generation](State state, const QString &message) {
            if (generation == m_generation)
                onState(state, message);
        },
        m_capacity);
    qCDebug(lcUi) << "protocol log opened for" << m_endpoint << "on" << m_profile;
    updateState();
}

void ProtocolLogWidget::closeLog()
{
    ++m_generation; // late callbacks of the old log are ignored
    if (m_logId != 0 && m_service)
        m_service->closeProtocolLog(m_logId);
    m_logId = 0;
    m_state = State::Stopped;
    m_stateMessage.clear();
}

void ProtocolLogWidget::onEntries(const CoapLogEntryList &entries, qint64 skipped)
{
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->appendEntries(entries, skipped);
    if (wasEmpty)
        updateState();
    else
        updateStatus();
}

void ProtocolLogWidget::onState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    if (state == State::Connected && !m_listeningSince.isValid())
        m_listeningSince = QDateTime::currentDateTimeUtc();
    if (state == State::Unavailable) {
        // The service closed it (no connection): forget it, open again when the connection is
        // back.
        if (m_service && m_logId != 0)
            m_service->closeProtocolLog(m_logId);
        m_logId = 0;
    }
    updateState();
}

void ProtocolLogWidget::updateState()
{
    const bool usable = m_service && m_bound;
    m_toolRow->setVisible(usable);
    m_statusLabel->setVisible(usable);
    const bool hasRows = m_model->rowCount() > 0;
    m_clearAction->setEnabled(hasRows);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    if (!m_service) {
        m_emptyState->setTitle(tr("Connect to the device's LwM2M server to see its traffic"));
        m_emptyState->setText(tr("The protocol log shows the CoAP messages between the LwM2M "
                                 "server and this device. Add or start the server's connection "
                                 "in Tools ▸ Connections…"));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!m_bound) {
        m_emptyState->setTitle(tr("No protocol log"));
        m_emptyState->setText(
            m_deviceId.isNull()
                ? tr("Select an LwM2M device to see its CoAP traffic.")
                : tr("This device is not bound to an LwM2M server, so FleetDesk cannot see its "
                     "CoAP traffic."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!hasRows && m_state == State::Unavailable) {
        m_emptyState->setTitle(tr("Not connected to %1").arg(m_profile));
        m_emptyState->setText(
            tr("%1 The log starts again when the connection is back.").arg(m_stateMessage));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!hasRows) {
        m_emptyState->setTitle(tr("No traffic yet"));
        m_emptyState->setText(
            tr("Traffic appears here while this tab is open: read or write a resource, or wait "
               "for the device's next update or notification. FleetDesk does not record "
               "traffic while the tab is closed, and the server keeps no history."));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    updateStatus();
}

QString ProtocolLogWidget::statusText() const
{
    return m_statusLabel->text();
}

void ProtocolLogWidget::updateStatus()
{
    if (!m_service || !m_bound) {
        m_statusLabel->clear();
        return;
    }
    const QLocale locale;
    QString state;
    switch (m_state) {
    case State::Connecting:
        state = tr("Connecting to the event stream of %1…").arg(m_profile);
        break;
    case State::Connected:
        state = tr("Listening to %1 on %2 since %3.")
                    .arg(m_endpoint, m_profile, TimeFormat::local(m_listeningSince));
        break;
    case State::Reconnecting:
        state = tr("Reconnecting: %1 Messages sent meanwhile are not shown.").arg(m_stateMessage);
        break;
    case State::Unavailable:
        state = tr("Not listening: %1").arg(m_stateMessage);
        break;
    case State::Stopped:
        state = tr("Not listening (the tab is closed).");
        break;
    }
    const int total = m_model->rowCount();
    QString counts = tr("%n message(s)", nullptr, total);
    if (m_proxy->isFiltering())
        counts = tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), counts);
    if (m_model->droppedCount() > 0)
        counts += QLatin1Char(' ')
                  + tr("(only the newest %1 are kept)").arg(locale.toString(m_capacity));
    QString text = state + QLatin1Char(' ') + counts;
    if (!m_exportMessage.isEmpty())
        text += QLatin1Char('\n') + m_exportMessage;
    m_statusLabel->setText(text);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    m_clearAction->setEnabled(total > 0);
}

void ProtocolLogWidget::exportCsv()
{
    if (m_proxy->rowCount() == 0)
        return;
    if (!m_fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_fileDialogs = m_ownFileDialogs.get();
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString safeEndpoint = m_endpoint;
    for (QChar &c : safeEndpoint) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-coap-%1-%2.csv")
            .arg(safeEndpoint,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = m_fileDialogs->saveFileName(
        this, tr("Export protocol log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    saveCsv(path);
}

void ProtocolLogWidget::saveCsv(const QString &path)
{
    // A cheap copy (implicitly shared strings); the CSV text is built off the GUI thread.
    CoapLogEntryList rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    m_exportAction->setEnabled(false);
    const int count = int(rows.size());
    BackgroundTask::run(
        this,
        [path, rows] {
            QString csv = CoapLogEntry::csvHeader() + QLatin1Char('\n');
            for (const CoapLogEntry &entry : rows)
                csv += entry.toCsvRow() + QLatin1Char('\n');
            SaveResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            file.write(csv.toUtf8());
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path, count](const SaveResult &result) {
            const QString native = QDir::toNativeSeparators(path);
            m_exportMessage = result.ok
                                  ? tr("Saved %n message(s) to %1.", nullptr, count).arg(native)
                                  : tr("The protocol log could not be saved to %1: %2")
                                        .arg(native, result.error);
            if (!result.ok)
                qCWarning(lcUi) << "protocol log export failed:" << path << result.error;
            updateStatus();
            emit exportFinished(result.ok, path, result.error);
        });
}
