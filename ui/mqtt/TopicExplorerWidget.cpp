#include "mqtt/TopicExplorerWidget.h"

#include "BackgroundTask.h"
#include "BannerWidget.h"
#include "EmptyStateWidget.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "MqttTrafficFilterProxyModel.h"
#include "MqttTrafficModel.h"
#include "TopicFilterProxyModel.h"
#include "TopicHistoryModel.h"
#include "TopicTreeModel.h"
#include "charts/ChartsDock.h"
#include "common/Logging.h"
#include "common/TimeFormat.h"
#include "mqtt/MqttConnection.h"
#include "mqtt/MqttMessageLibrary.h"
#include "mqtt/PayloadDecoder.h"
#include "mqtt/PayloadDiff.h"
#include "mqtt/PayloadViewerWidget.h"
#include "mqtt/PublishDialog.h"
#include "mqtt/TopicExplorerSession.h"
#include "mqtt/TopicExport.h"
#include "store/FleetStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>

namespace {

// Buttons are named for assistive technology after their text ("Clear Retained…" → "Clear
// Retained").
void nameButtons(QWidget *root)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->accessibleName().isEmpty() || button->text().isEmpty())
            continue;
        QString text = button->text();
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x2026));
        button->setAccessibleName(text.trimmed());
    }
}

constexpr int FilterDelayMs = 200;
constexpr int MaxChartMenuPaths = 50;
constexpr int MaxShownTopicChars = 500;
constexpr int ConfirmListTopics = 10;

// The namespace of the ids under which MQTT topics are charted and kept in telemetry.
const QUuid ChartNamespace
    = QUuid::fromString(QStringLiteral("{7d1c2f4e-5b8a-4c3d-9e21-0f6a8b9c4d12}"));

struct SaveResult
{
    bool ok = false;
    QString error;
};

struct DiffResult
{
    std::shared_ptr<QTextDocument> document;
    int changed = 0;
    int shownLines = 0;
    bool cut = false;
    bool same = false;
    PayloadDecoder::Format format = PayloadDecoder::Format::Text;
};

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars) + QStringLiteral("…");
}

QString propertiesText(const MqttProperties &p)
{
    if (p.isEmpty())
        return TopicExplorerWidget::tr("The last message carried no MQTT 5 properties.");
    QStringList lines;
    if (!p.contentType.isEmpty())
        lines << TopicExplorerWidget::tr("Content type: %1").arg(p.contentType);
    if (!p.responseTopic.isEmpty())
        lines << TopicExplorerWidget::tr("Response topic: %1").arg(p.responseTopic);
    if (!p.correlationData.isEmpty()) {
        const auto [text, encoding] = TopicExport::payloadText(p.correlationData);
        lines << (encoding == QLatin1String("utf-8")
                      ? TopicExplorerWidget::tr("Correlation data: %1").arg(text)
                      : TopicExplorerWidget::tr("Correlation data (hex): %1")
                            .arg(QString::fromLatin1(p.correlationData.toHex(' '))));
    }
    if (!p.userProperties.isEmpty()) {
        lines << TopicExplorerWidget::tr("User properties:");
        for (const auto &u : p.userProperties)
            lines << QStringLiteral("  %1 = %2").arg(u.first, u.second);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TopicExplorerWidget::TopicExplorerWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topicExplorerWidget"));
    setAccessibleName(tr("MQTT topic explorer"));
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing, spacing, spacing, spacing);

    auto *top = new QHBoxLayout;
    auto *brokerLabel = new QLabel(tr("&Broker:"), this);
    m_brokerCombo = new QComboBox(this);
    m_brokerCombo->setObjectName(QStringLiteral("brokerComboBox"));
    m_brokerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brokerCombo->setToolTip(tr("The broker connection whose topics are shown"));
    m_brokerCombo->setAccessibleName(tr("Broker"));
    m_brokerCombo->view()->setAccessibleName(tr("Brokers"));
    brokerLabel->setBuddy(m_brokerCombo);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("topicExplorerStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_publishButton = new QPushButton(tr("&Publish…"), this);
    m_publishButton->setObjectName(QStringLiteral("publishPushButton"));
    m_publishButton->setToolTip(tr("Compose a message, or pick one from the saved messages"));
    m_exportTopicsButton = new QPushButton(tr("E&xport Topics…"), this);
    m_exportTopicsButton->setObjectName(QStringLiteral("exportTopicsPushButton"));
    m_exportTopicsButton->setToolTip(
        tr("Save every topic of this broker with its last value as CSV or JSON"));
    top->addWidget(brokerLabel);
    top->addWidget(m_brokerCombo);
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_publishButton);
    top->addWidget(m_exportTopicsButton);
    layout->addLayout(top);

    m_capBanner = new BannerWidget(this);
    m_capBanner->setObjectName(QStringLiteral("topicCapBannerWidget"));
    m_capBanner->hide();
    layout->addWidget(m_capBanner);

    m_pageStack = new QStackedWidget(this);
    m_noBrokerState = new EmptyStateWidget(m_pageStack);
    m_noBrokerState->setObjectName(QStringLiteral("noBrokerStateWidget"));
    m_noBrokerState->setTitle(tr("No MQTT broker connected"));
    m_noBrokerState->setText(
        tr("Add an MQTT broker in Tools ▸ Connections… FleetDesk then shows every topic the "
           "broker carries, with live values, history and charts."));
    m_pageStack->addWidget(m_noBrokerState);
    m_mainTabs = new QTabWidget(m_pageStack);
    m_mainTabs->setObjectName(QStringLiteral("topicExplorerTabWidget"));
    m_mainTabs->setDocumentMode(true);
    auto *topicsPage = new QWidget(m_mainTabs);
    createTopicsPage(topicsPage);
    m_mainTabs->addTab(topicsPage, tr("Topics"));
    auto *trafficPage = new QWidget(m_mainTabs);
    createTrafficPage(trafficPage);
    m_mainTabs->addTab(trafficPage, tr("Traffic Log"));
    m_pageStack->addWidget(m_mainTabs);
    connect(m_mainTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_mainTabs->currentIndex() != 1)
            return;
        updateTrafficStatus();
        if (m_trafficFollowCheck->isChecked())
            QTimer::singleShot(0, m_trafficTable, &QTableView::scrollToBottom);
    });
    layout->addWidget(m_pageStack, 1);

    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateStats();
    });
    m_ageTimer->start();
    m_liveRefreshTimer = new QTimer(this);
    m_liveRefreshTimer->setSingleShot(true);
    m_liveRefreshTimer->setInterval(1000);
    connect(m_liveRefreshTimer, &QTimer::timeout, this, [this] {
        if (m_detailTabs->currentWidget() == m_historyPage)
            refreshHistory();
        else if (m_detailTabs->currentWidget() == m_diffPage)
            refreshDiff();
    });
    nameButtons(this);
    // A dock: it may be made small (the window keeps its size); the layout squeezes.
    setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 8);

    connect(m_brokerCombo, &QComboBox::currentIndexChanged, this, [this] {
        setCurrentProfile(m_brokerCombo->currentData().toString());
    });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { openPublishDialog(); });
    connect(m_exportTopicsButton, &QPushButton::clicked, this, &TopicExplorerWidget::exportTopics);
    updatePage();
}

TopicExplorerWidget::~TopicExplorerWidget()
{
    m_diffEdit->setDocument(nullptr);
    // Sessions stop their pipelines (each writes what is pending).
    const auto sessions = m_sessions;
    m_sessions.clear();
    m_tree->setModel(nullptr);
    m_trafficTable->setModel(nullptr);
    qDeleteAll(sessions);
}

void TopicExplorerWidget::createTopicsPage(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(page);
    m_splitter->setObjectName(QStringLiteral("topicExplorerSplitter"));

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(left);
    m_filterEdit->setObjectName(QStringLiteral("topicFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter topics"));
    m_filterEdit->setPlaceholderText(tr("Filter topics, e.g. pump-0042 temperature"));
    m_filterEdit->setToolTip(tr("Shows the topics whose full name contains every word"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        m_current->topicProxy()->setText(m_filterEdit->text());
        // Small results open up so the matches show.
        if (!m_filterEdit->text().isEmpty() && m_current->topicProxy()->rowCount() < 50
            && m_current->topicModel()->topicCount() <= 20000)
            m_tree->expandToDepth(3);
    });
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("topicTreeView"));
    m_tree->setAccessibleName(tr("Topics"));
    m_tree->setUniformRowHeights(true); // 100,000 rows: no per-row size queries
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setSortIndicatorClearable(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true); // arrival order until a header is clicked
    m_tree->header()->setStretchLastSection(false);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_tree, 1);

    // The selected topic.
    m_detailStack = new QStackedWidget(m_splitter);
    m_noTopicState = new EmptyStateWidget(m_detailStack);
    m_noTopicState->setObjectName(QStringLiteral("noTopicStateWidget"));
    m_noTopicState->setTitle(tr("Select a topic"));
    m_noTopicState->setText(tr("Its last payload, the change from the message before, its MQTT 5 "
                               "properties and its stored history appear here."));
    m_detailStack->addWidget(m_noTopicState);
    auto *details = new QWidget(m_detailStack);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_topicLabel = new QLabel(details);
    m_topicLabel->setObjectName(QStringLiteral("topicPathLabel"));
    m_topicLabel->setTextFormat(Qt::PlainText);
    m_topicLabel->setWordWrap(true);
    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_topicLabel->font();
    bold.setBold(true);
    m_topicLabel->setFont(bold);
    m_statsLabel = new QLabel(details);
    m_statsLabel->setObjectName(QStringLiteral("topicStatsLabel"));
    m_statsLabel->setTextFormat(Qt::PlainText);
    m_statsLabel->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_publishToTopicButton = new QPushButton(tr("Publish to &Topic…"), details);
    m_publishToTopicButton->setObjectName(QStringLiteral("publishToTopicPushButton"));
    m_chartButton = new QToolButton(details);
    m_chartButton->setObjectName(QStringLiteral("chartToolButton"));
    m_chartButton->setText(tr("&Chart"));
    m_chartButton->setToolTip(tr("Chart this number, or a number inside the JSON payload, in the "
                                 "Charts dock"));
    m_chartButton->setPopupMode(QToolButton::InstantPopup);
    m_chartButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *chartMenu = new QMenu(m_chartButton);
    chartMenu->setObjectName(QStringLiteral("chartMenu"));
    m_chartButton->setMenu(chartMenu);
    connect(chartMenu, &QMenu::aboutToShow, this, &TopicExplorerWidget::populateChartMenu);
    m_clearRetainedButton = new QPushButton(tr("Clear &Retained…"), details);
    m_clearRetainedButton->setObjectName(QStringLiteral("clearRetainedPushButton"));
    m_clearRetainedButton->setToolTip(
        tr("Remove the retained messages of this topic and every topic below it from the broker"));
    m_exportHistoryButton = new QPushButton(tr("Export &History…"), details);
    m_exportHistoryButton->setObjectName(QStringLiteral("exportHistoryPushButton"));
    m_exportHistoryButton->setToolTip(tr("Save the stored messages of this topic as CSV or JSON"));
    buttons->addWidget(m_publishToTopicButton);
    buttons->addWidget(m_chartButton);
    buttons->addWidget(m_clearRetainedButton);
    buttons->addWidget(m_exportHistoryButton);
    buttons->addStretch(1);

    m_detailTabs = new QTabWidget(details);
    m_detailTabs->setObjectName(QStringLiteral("topicDetailsTabWidget"));
    m_viewer = new PayloadViewerWidget(m_detailTabs);
    m_detailTabs->addTab(m_viewer, tr("Payload"));

    m_diffPage = new QWidget(m_detailTabs);
    auto *diffLayout = new QVBoxLayout(m_diffPage);
    m_diffInfoLabel = new QLabel(m_diffPage);
    m_diffInfoLabel->setObjectName(QStringLiteral("diffInfoLabel"));
    m_diffInfoLabel->setTextFormat(Qt::PlainText);
    m_diffEdit = new QPlainTextEdit(m_diffPage);
    m_diffEdit->setObjectName(QStringLiteral("diffPlainTextEdit"));
    m_diffEdit->setAccessibleName(tr("Difference from the previous message"));
    m_diffEdit->setReadOnly(true);
    m_diffEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diffEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diffLayout->addWidget(m_diffInfoLabel);
    diffLayout->addWidget(m_diffEdit, 1);
    m_detailTabs->addTab(m_diffPage, tr("Diff with Previous"));

    m_historyPage = new QWidget(m_detailTabs);
    auto *historyLayout = new QVBoxLayout(m_historyPage);
    m_historyModel = new TopicHistoryModel(this);
    m_historyTable = new QTableView(m_historyPage);
    m_historyTable->setObjectName(QStringLiteral("historyTableView"));
    m_historyTable->setAccessibleName(tr("Stored messages"));
    m_historyTable->setModel(m_historyModel);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setShowGrid(false);
    m_historyTable->setWordWrap(false);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyTable->verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setColumnWidth(
        TopicHistoryModel::TimeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2026-11-26 10:42:03.000")) + 16);
    m_historyInfoLabel = new QLabel(m_historyPage);
    m_historyInfoLabel->setObjectName(QStringLiteral("historyInfoLabel"));
    m_historyInfoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_historyInfoLabel->setWordWrap(true);
    historyLayout->addWidget(m_historyTable, 1);
    historyLayout->addWidget(m_historyInfoLabel);
    m_detailTabs->addTab(m_historyPage, tr("History"));

    m_propertiesEdit = new QPlainTextEdit(m_detailTabs);
    m_propertiesEdit->setObjectName(QStringLiteral("propertiesPlainTextEdit"));
    m_propertiesEdit->setAccessibleName(tr("MQTT 5 properties"));
    m_propertiesEdit->setReadOnly(true);
    m_detailTabs->addTab(m_propertiesEdit, tr("Properties"));

    detailsLayout->addWidget(m_topicLabel);
    detailsLayout->addWidget(m_statsLabel);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_detailTabs, 1);
    m_detailStack->addWidget(details);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 90,
                          fontMetrics().averageCharWidth() * 70}); // the tree's columns fit
    layout->addWidget(m_splitter);

    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_detailTabs->currentWidget() == m_diffPage)
            refreshDiff();
        else if (m_detailTabs->currentWidget() == m_historyPage)
            refreshHistory();
    });
    connect(m_publishToTopicButton, &QPushButton::clicked, this, [this] { openPublishDialog(); });
    connect(
        m_clearRetainedButton, &QPushButton::clicked, this, &TopicExplorerWidget::clearRetained);
    connect(
        m_exportHistoryButton, &QPushButton::clicked, this, &TopicExplorerWidget::exportHistory);
    connect(m_historyTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        // A stored message in the payload viewer (the bytes as stored).
        if (index.isValid())
            m_viewer->setPayload(m_historyModel->entry(index.row()).payload);
        m_detailTabs->setCurrentWidget(m_viewer);
    });
}

void TopicExplorerWidget::createTrafficPage(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_trafficFilterEdit = new QLineEdit(page);
    m_trafficFilterEdit->setObjectName(QStringLiteral("trafficFilterLineEdit"));
    m_trafficFilterEdit->setAccessibleName(tr("Filter by topic"));
    m_trafficFilterEdit->setPlaceholderText(tr("Topic contains…"));
    m_trafficFilterEdit->setClearButtonEnabled(true);
    m_trafficDirectionCombo = new QComboBox(page);
    m_trafficDirectionCombo->setObjectName(QStringLiteral("trafficDirectionComboBox"));
    m_trafficDirectionCombo->setAccessibleName(tr("Direction"));
    m_trafficDirectionCombo->addItem(tr("Both directions"), -1);
    m_trafficDirectionCombo->addItem(tr("↓ Received"), 0);
    m_trafficDirectionCombo->addItem(tr("↑ Published"), 1);
    m_trafficRetainedCheck = new QCheckBox(tr("Retained only"), page);
    m_trafficRetainedCheck->setObjectName(QStringLiteral("trafficRetainedCheckBox"));
    m_trafficFollowCheck = new QCheckBox(tr("Follow new messages"), page);
    m_trafficFollowCheck->setObjectName(QStringLiteral("trafficFollowCheckBox"));
    m_trafficFollowCheck->setChecked(true);
    auto *clear = new QPushButton(tr("Clear"), page);
    clear->setObjectName(QStringLiteral("clearTrafficPushButton"));
    tools->addWidget(m_trafficFilterEdit, 1);
    tools->addWidget(m_trafficDirectionCombo);
    tools->addWidget(m_trafficRetainedCheck);
    tools->addWidget(m_trafficFollowCheck);
    tools->addWidget(clear);
    layout->addLayout(tools);

    m_trafficTable = new QTableView(page);
    m_trafficTable->setObjectName(QStringLiteral("trafficTableView"));
    m_trafficTable->setAccessibleName(tr("MQTT traffic"));
    m_trafficTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trafficTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trafficTable->setAlternatingRowColors(true);
    m_trafficTable->setWordWrap(false);
    m_trafficTable->verticalHeader()->hide();
    m_trafficTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_trafficTable->verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    m_trafficTable->horizontalHeader()->setStretchLastSection(true);
    m_trafficTable->setShowGrid(false);
    layout->addWidget(m_trafficTable, 1);
    m_trafficStatusLabel = new QLabel(page);
    m_trafficStatusLabel->setObjectName(QStringLiteral("trafficStatusLabel"));
    m_trafficStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_trafficStatusLabel);

    connect(m_trafficFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_current)
            m_current->trafficProxy()->setTopicFilter(text);
        updateTrafficStatus();
    });
    connect(m_trafficDirectionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_trafficDirectionCombo->currentData().toInt();
        if (m_current)
            m_current->trafficProxy()->setOutgoing(value < 0 ? std::nullopt
                                                             : std::optional<bool>(value == 1));
        updateTrafficStatus();
    });
    connect(m_trafficRetainedCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_current)
            m_current->trafficProxy()->setRetainedOnly(on);
        updateTrafficStatus();
    });
    connect(m_trafficFollowCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_trafficTable->scrollToBottom();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_current)
            m_current->trafficModel()->clear();
        updateTrafficStatus();
    });
}

void TopicExplorerWidget::setFileDialogs(FileDialogs *fileDialogs)
{
    m_fileDialogs = fileDialogs;
    m_viewer->setFileDialogs(fileDialogs);
}

void TopicExplorerWidget::setMessageBoxes(MessageBoxes *messageBoxes)
{
    m_messageBoxes = messageBoxes;
}

void TopicExplorerWidget::setFleetStore(FleetStore *store)
{
    m_fleetStore = store;
}

void TopicExplorerWidget::setChartsDock(ChartsDock *charts)
{
    m_charts = charts;
}

void TopicExplorerWidget::setMessageLibrary(MqttMessageLibrary *library)
{
    m_library = library;
}

void TopicExplorerWidget::setIngestOptions(const MqttIngest::Options &options)
{
    m_options = options;
}

FileDialogs *TopicExplorerWidget::fileDialogs()
{
    if (!m_fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_fileDialogs = m_ownFileDialogs.get();
        m_viewer->setFileDialogs(m_fileDialogs);
    }
    return m_fileDialogs;
}

MessageBoxes *TopicExplorerWidget::messageBoxes()
{
    if (!m_messageBoxes) {
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
        m_messageBoxes = m_ownMessageBoxes.get();
    }
    return m_messageBoxes;
}

MqttMessageLibrary *TopicExplorerWidget::library()
{
    if (!m_library)
        m_library = new MqttMessageLibrary(MqttMessageLibrary::defaultPath(), this);
    return m_library;
}

TopicExplorerSession *TopicExplorerWidget::addConnection(const QString &profileId,
                                                         MqttConnection *connection)
{
    removeConnection(profileId);
    auto *session = new TopicExplorerSession(profileId, connection, m_options);
    m_sessions.insert(profileId, session);
    connect(session, &TopicExplorerSession::topicsUpdated, this, [this, session] {
        onTopicsUpdated(session);
    });
    connect(session,
            &TopicExplorerSession::messagesReceived,
            this,
            [this, session](const QVector<MqttMessage> &messages, qint64 timeMs) {
                onMessages(session, messages, timeMs);
            });
    connect(session, &TopicExplorerSession::statsUpdated, this, [this, session] {
        if (session == m_current)
            updateStatus();
    });
    connect(session, &TopicExplorerSession::capReached, this, [this, session] {
        if (session == m_current)
            updateBanner();
    });
    connect(session,
            &TopicExplorerSession::historyReady,
            this,
            [this, session](const QString &topic, const QVector<MqttHistoryEntry> &entries) {
                if (session != m_current || topic != m_topic)
                    return;
                m_historyModel->setHistory(topic, entries);
                const int limit = m_options.historyPerTopic;
                m_historyInfoLabel->setText(
                    entries.isEmpty()
                        ? tr("No stored messages for this topic yet.")
                        : tr("The newest %n stored message(s); FleetDesk keeps up to %1 per topic "
                             "in the telemetry database. Double-click one to see it in the "
                             "payload viewer.",
                             nullptr,
                             int(entries.size()))
                              .arg(QLocale().toString(limit)));
                m_exportHistoryButton->setEnabled(!entries.isEmpty());
                emit historyShown(topic, int(entries.size()));
            });
    connect(session, &TopicExplorerSession::historyFailed, this, [this](const QString &message) {
        m_historyInfoLabel->setText(message);
    });
    connect(session, &TopicExplorerSession::published, this, [this] { updateTrafficStatus(); });
    connect(session->trafficProxy(), &QAbstractItemModel::rowsInserted, this, [this, session] {
        if (session == m_current && m_trafficFollowCheck->isChecked()
            && m_trafficTable->isVisible())
            m_trafficTable->scrollToBottom();
    });
    connect(session->trafficModel(), &QAbstractItemModel::rowsInserted, this, [this, session] {
        if (session == m_current && m_mainTabs->currentIndex() == 1)
            updateTrafficStatus();
    });
    {
        const QSignalBlocker blocker(m_brokerCombo);
        m_brokerCombo->addItem(profileId, profileId);
        m_brokerCombo->model()->sort(0);
    }
    if (!m_current)
        setCurrentProfile(profileId);
    else
        m_brokerCombo->setCurrentIndex(m_brokerCombo->findData(m_current->profileId()));
    updatePage();
    return session;
}

void TopicExplorerWidget::removeConnection(const QString &profileId)
{
    TopicExplorerSession *session = m_sessions.take(profileId);
    if (!session)
        return;
    session->detach();
    m_charted.remove(profileId);
    if (session == m_current) {
        m_current = nullptr;
        m_tree->setModel(nullptr);
        m_trafficTable->setModel(nullptr);
        m_topic.clear();
    }
    {
        const QSignalBlocker blocker(m_brokerCombo);
        m_brokerCombo->removeItem(m_brokerCombo->findData(profileId));
    }
    delete session;
    if (!m_current && !m_sessions.isEmpty())
        setCurrentProfile(m_brokerCombo->itemData(0).toString());
    updatePage();
    showDetails(true);
}

TopicExplorerSession *TopicExplorerWidget::session(const QString &profileId) const
{
    return m_sessions.value(profileId);
}

TopicExplorerSession *TopicExplorerWidget::currentSession() const
{
    return m_current;
}

QStringList TopicExplorerWidget::profileIds() const
{
    QStringList ids = m_sessions.keys();
    ids.sort();
    return ids;
}

void TopicExplorerWidget::setCurrentProfile(const QString &profileId)
{
    TopicExplorerSession *session = m_sessions.value(profileId);
    if (!session || session == m_current)
        return;
    m_current = session;
    {
        const QSignalBlocker blocker(m_brokerCombo);
        m_brokerCombo->setCurrentIndex(m_brokerCombo->findData(profileId));
    }
    bindSession(session);
    m_topic.clear();
    showDetails(true);
    updatePage();
}

void TopicExplorerWidget::bindSession(TopicExplorerSession *session)
{
    session->topicProxy()->setText(m_filterEdit->text());
    m_tree->setModel(session->topicProxy());
    QHeaderView *header = m_tree->header();
    const QFontMetrics fm = fontMetrics();
    const int pad = style()->pixelMetric(QStyle::PM_HeaderMargin) * 4;
    header->resizeSection(TopicTreeModel::LevelColumn, fm.averageCharWidth() * 26);
    header->resizeSection(TopicTreeModel::ValueColumn, fm.averageCharWidth() * 20);
    const auto fit = [&](int column, const QString &sample) {
        const QString title = session->topicModel()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + pad);
    };
    fit(TopicTreeModel::MessagesColumn, QStringLiteral("1,234,567"));
    fit(TopicTreeModel::RateColumn, QStringLiteral("1,234.5"));
    fit(TopicTreeModel::RetainedColumn, tr("retained"));
    fit(TopicTreeModel::QosColumn, QStringLiteral("2"));
    fit(TopicTreeModel::LastReceivedColumn, QStringLiteral("10:42:03"));
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &TopicExplorerWidget::onCurrentChanged);

    m_trafficTable->setModel(session->trafficProxy());
    session->trafficProxy()->setTopicFilter(m_trafficFilterEdit->text());
    const int direction = m_trafficDirectionCombo->currentData().toInt();
    session->trafficProxy()->setOutgoing(direction < 0 ? std::nullopt
                                                       : std::optional<bool>(direction == 1));
    session->trafficProxy()->setRetainedOnly(m_trafficRetainedCheck->isChecked());
    QHeaderView *trafficHeader = m_trafficTable->horizontalHeader();
    trafficHeader->resizeSection(MqttTrafficModel::TimeColumn,
                                 fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    trafficHeader->resizeSection(MqttTrafficModel::DirectionColumn,
                                 fm.horizontalAdvance(tr("Dir.")) + pad);
    trafficHeader->resizeSection(MqttTrafficModel::TopicColumn, fm.averageCharWidth() * 40);
    trafficHeader->resizeSection(MqttTrafficModel::QosColumn,
                                 fm.horizontalAdvance(tr("QoS")) + pad);
    trafficHeader->resizeSection(MqttTrafficModel::RetainColumn,
                                 fm.horizontalAdvance(tr("retained")) + pad);
    trafficHeader->resizeSection(MqttTrafficModel::SizeColumn,
                                 fm.horizontalAdvance(QStringLiteral("1,023.5 KB")) + pad);
    updateStatus();
    updateBanner();
    updateTrafficStatus();
}

void TopicExplorerWidget::updatePage()
{
    const bool any = !m_sessions.isEmpty();
    m_pageStack->setCurrentWidget(any ? static_cast<QWidget *>(m_mainTabs) : m_noBrokerState);
    m_brokerCombo->setEnabled(m_sessions.size() > 1);
    m_publishButton->setEnabled(m_current != nullptr);
    m_exportTopicsButton->setEnabled(m_current != nullptr);
    if (!any) {
        m_statusLabel->setText(tr("No broker"));
        m_capBanner->hide();
    }
}

bool TopicExplorerWidget::selectTopic(const QString &topic)
{
    if (!m_current)
        return false;
    const QModelIndex source = m_current->topicModel()->indexOfTopic(topic);
    const QModelIndex proxy = m_current->topicProxy()->mapFromSource(source);
    if (!proxy.isValid())
        return false;
    m_tree->scrollTo(proxy);
    m_tree->setCurrentIndex(proxy);
    return true;
}

void TopicExplorerWidget::onCurrentChanged()
{
    if (!m_current)
        return;
    const QModelIndex proxy = m_tree->currentIndex();
    const QModelIndex source = m_current->topicProxy()->mapToSource(proxy);
    const QString topic = m_current->topicModel()->topic(source);
    if (topic == m_topic && proxy.isValid())
        return;
    // The root's empty level ("/a") has the empty, not null, topic.
    m_topic = proxy.isValid() ? (topic.isNull() ? QStringLiteral("") : topic) : QString();
    showDetails(true);
}

void TopicExplorerWidget::onTopicsUpdated(TopicExplorerSession *session)
{
    if (session != m_current)
        return;
    updateStatus();
    if (m_topic.isEmpty())
        return;
    const TopicRecord *record
        = session->topicModel()->record(session->topicModel()->indexOfTopic(m_topic));
    if (!record) {
        if (!m_topicHasRecord)
            updateStats(); // an inner level: its sums
        return;
    }
    if (!m_topicHasRecord || record->count != m_shownCount)
        showDetails(false);
    else
        updateStats();
}

void TopicExplorerWidget::showDetails(bool fresh)
{
    TopicExplorerSession *session = m_current;
    const bool shown = session && !m_topic.isNull();
    m_detailStack->setCurrentIndex(shown ? 1 : 0);
    if (!shown) {
        m_viewer->clear();
        m_historyModel->clear();
        m_topicHasRecord = false;
        return;
    }
    const QModelIndex index = session->topicModel()->indexOfTopic(m_topic);
    const TopicRecord *record = session->topicModel()->record(index);
    m_topicLabel->setText(m_topic.isEmpty() ? tr("(empty topic)")
                                            : elided(m_topic, MaxShownTopicChars));
    m_topicLabel->setToolTip(elided(m_topic, 2000));
    const bool hadRecord = m_topicHasRecord;
    m_topicHasRecord = record != nullptr;
    m_publishToTopicButton->setEnabled(true);
    m_chartButton->setEnabled(record != nullptr);
    if (record) {
        m_shownCount = record->count;
        if (fresh || !hadRecord)
            m_viewer->setPayload(record->lastPayload);
        else
            m_viewer->updatePayload(record->lastPayload);
        m_propertiesEdit->setPlainText(propertiesText(record->properties));
    } else {
        m_shownCount = 0;
        m_viewer->clear();
        m_propertiesEdit->setPlainText(
            tr("No message arrived on exactly this topic; it is a level above other topics."));
    }
    for (int tab = 0; tab < m_detailTabs->count(); ++tab) {
        if (m_detailTabs->widget(tab) != m_viewer && m_detailTabs->widget(tab) != m_propertiesEdit)
            m_detailTabs->setTabEnabled(tab, record != nullptr);
    }
    if (!record && m_detailTabs->currentWidget() != m_propertiesEdit)
        m_detailTabs->setCurrentWidget(m_viewer);
    if (fresh) {
        m_historyModel->clear();
        m_historyInfoLabel->clear();
        m_exportHistoryButton->setEnabled(false);
    }
    if (fresh) {
        m_liveRefreshTimer->stop();
        ++m_diffGeneration; // a comparison of the topic shown before is dropped
        if (record)
            refreshHistory();
        if (m_detailTabs->currentWidget() == m_diffPage)
            refreshDiff();
    } else if (record && !m_liveRefreshTimer->isActive()
               && (m_detailTabs->currentWidget() == m_historyPage
                   || m_detailTabs->currentWidget() == m_diffPage)) {
        // A busy topic: the stored history and the diff follow at most once a second.
        m_liveRefreshTimer->start();
    }
    updateStats();
}

void TopicExplorerWidget::updateStats()
{
    if (!m_current || m_topic.isNull()) {
        m_statsLabel->clear();
        return;
    }
    const QLocale locale;
    const TopicTreeModel *model = m_current->topicModel();
    const QModelIndex index = model->indexOfTopic(m_topic);
    const TopicRecord *record = model->record(index);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record) {
        const qint64 lastMs = index.data(TopicTreeModel::LastReceivedRole).toLongLong();
        m_statsLabel->setText(
            tr("%n topic(s) below", nullptr, index.data(TopicTreeModel::TopicCountRole).toInt())
            + QStringLiteral(" · ")
            + tr("%n message(s)",
                 nullptr,
                 int(qMin<qulonglong>(index.data(TopicTreeModel::MessageCountRole).toULongLong(),
                                      INT_MAX)))
            + (lastMs > 0 ? QStringLiteral(" · ")
                                + tr("newest %1")
                                      .arg(TimeFormat::relative(
                                          QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC), now))
                          : QString()));
        return;
    }
    QStringList parts;
    parts << tr("%n message(s)", nullptr, int(qMin<quint64>(record->count, INT_MAX)));
    parts << locale.formattedDataSize(
        record->lastPayload.size(), 1, QLocale::DataSizeTraditionalFormat);
    parts << tr("QoS %1").arg(record->qos);
    parts << (record->retained ? tr("retained") : tr("not retained"));
    if (record->rate >= 0.05f)
        parts << tr("%1 msg/s").arg(locale.toString(double(record->rate), 'f', 1));
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(record->lastMs, Qt::UTC);
    parts << tr("last received %1 (%2)")
                 .arg(TimeFormat::local(last), TimeFormat::relative(last, now));
    if (!record->properties.isEmpty())
        parts << tr("MQTT 5 properties");
    m_statsLabel->setText(parts.join(QStringLiteral(" · ")));
    m_statsLabel->setToolTip(TimeFormat::utcTooltip(last));
}

void TopicExplorerWidget::updateStatus()
{
    if (!m_current)
        return;
    const QLocale locale;
    const MqttIngest::Stats &stats = m_current->stats();
    const TopicTreeModel *model = m_current->topicModel();
    QString state;
    if (MqttConnection *c = m_current->connection())
        state = MqttConnection::stateText(c->state());
    else
        state = tr("disconnected");
    const double rate = model->totalRate();
    QString text
        = tr("%1 · %n topic(s)", nullptr, model->topicCount()).arg(state) + QStringLiteral(" · ")
          + tr("%1 messages · %2 msg/s")
                .arg(locale.toString(qulonglong(stats.messages)), locale.toString(rate, 'f', 1));
    if (!stats.historyError.isEmpty())
        text += QStringLiteral(" · ") + tr("history not saved: %1").arg(stats.historyError);
    if (!m_status.isEmpty())
        text += QStringLiteral(" · ") + m_status;
    m_statusLabel->setText(text);
}

void TopicExplorerWidget::updateBanner()
{
    if (!m_current || !m_current->isCapReached()) {
        m_capBanner->hide();
        return;
    }
    m_capBanner->setMessage(
        BannerWidget::Kind::Warning,
        tr("%1 carries more than %2 distinct topics. Messages on further topics are counted but "
           "not kept, so memory stays bounded. Subscribe to fewer topics to see them.")
            .arg(m_current->profileId(), QLocale().toString(m_current->maxTopics())));
    m_capBanner->show();
}

void TopicExplorerWidget::updateTrafficStatus()
{
    if (!m_current) {
        m_trafficStatusLabel->clear();
        return;
    }
    const QLocale locale;
    const MqttTrafficModel *model = m_current->trafficModel();
    const MqttTrafficFilterProxyModel *proxy = m_current->trafficProxy();
    QString text = tr("%n message(s)", nullptr, model->rowCount());
    if (proxy->isFiltering())
        text = tr("%1 of %2 shown").arg(locale.toString(proxy->rowCount()), text);
    if (model->droppedCount() > 0)
        text += QLatin1Char(' ')
                + tr("(only the newest %1 are kept)").arg(locale.toString(model->capacity()));
    m_trafficStatusLabel->setText(text);
}

void TopicExplorerWidget::refreshHistory()
{
    if (!m_current || !m_topicHasRecord)
        return;
    m_current->requestHistory(m_topic, m_options.historyPerTopic);
}

void TopicExplorerWidget::refreshDiff()
{
    if (!m_current || !m_topicHasRecord)
        return;
    const TopicRecord *record
        = m_current->topicModel()->record(m_current->topicModel()->indexOfTopic(m_topic));
    if (!record)
        return;
    if (m_diffBusy) {
        m_diffPending = true; // one comparison at a time; the newest message next
        return;
    }
    const quint64 generation = ++m_diffGeneration;
    if (record->count < 2) {
        m_diffEdit->setDocument(nullptr);
        m_diffDocument.reset();
        m_diffInfoLabel->setText(tr("Only one message so far: nothing to compare with yet."));
        emit diffShown();
        return;
    }
    m_diffInfoLabel->setText(tr("Comparing…"));
    m_diffBusy = true;
    m_diffPending = false;
    const QByteArray before = record->previousPayload;
    const QByteArray after = record->lastPayload;
    const qint64 limit = m_viewer->displayLimit();
    const QFont font = m_diffEdit->font();
    const QColor removed(220, 50, 47, 60);
    const QColor added(38, 162, 105, 60);
    QThread *gui = thread();
    BackgroundTask::run(
        this,
        [before, after, limit, font, removed, added, gui] {
            DiffResult result;
            result.same = before == after;
            result.format = PayloadDecoder::detect(limit > 0 ? after.left(limit) : after);
            const QString a = PayloadDecoder::decode(before, result.format, limit).text;
            const QString b = PayloadDecoder::decode(after, result.format, limit).text;
            const QVector<PayloadDiff::Line> lines = PayloadDiff::diff(a, b);
            result.changed = PayloadDiff::changedLines(lines);
            auto *doc = new QTextDocument;
            doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
            doc->setDefaultFont(font);
            doc->setUndoRedoEnabled(false);
            QTextCursor cursor(doc);
            QTextBlockFormat same;
            QTextBlockFormat minus;
            minus.setBackground(removed);
            QTextBlockFormat plus;
            plus.setBackground(added);
            bool first = true;
            for (const PayloadDiff::Line &line : lines) {
                if (result.shownLines++ >= PayloadViewerWidget::MaxDocumentLines) {
                    result.cut = true;
                    --result.shownLines;
                    break;
                }
                const QTextBlockFormat &format = line.op == PayloadDiff::Op::Removed ? minus
                                                 : line.op == PayloadDiff::Op::Added ? plus
                                                                                     : same;
                if (first)
                    cursor.setBlockFormat(format);
                else
                    cursor.insertBlock(format);
                first = false;
                cursor.insertText((line.op == PayloadDiff::Op::Removed ? QStringLiteral("- ")
                                   : line.op == PayloadDiff::Op::Added ? QStringLiteral("+ ")
                                                                       : QStringLiteral("  "))
                                  + line.text.left(PayloadViewerWidget::MaxLineChars));
            }
            doc->moveToThread(gui);
            result.document
                = std::shared_ptr<QTextDocument>(doc, [](QTextDocument *d) { d->deleteLater(); });
            return result;
        },
        [this, generation](const DiffResult &result) {
            m_diffBusy = false;
            if (m_diffPending) {
                m_diffPending = false;
                refreshDiff();
                return;
            }
            if (generation != m_diffGeneration)
                return;
            m_diffEdit->setDocument(result.document.get());
            m_diffDocument = result.document;
            m_diffInfoLabel->setText(
                result.same
                    ? tr("The last message repeated the previous one exactly.")
                    : tr("%n line(s) changed since the previous message (shown as %1).",
                         nullptr,
                         result.changed)
                              .arg(PayloadViewerWidget::formatLabel(result.format))
                          + (result.cut ? QLatin1Char(' ')
                                              + tr("The first %1 lines are shown.")
                                                    .arg(QLocale().toString(result.shownLines))
                                        : QString()));
            emit diffShown();
        });
}

QUuid TopicExplorerWidget::chartDeviceId(const QString &profileId, const QString &topic)
{
    return QUuid::createUuidV5(ChartNamespace, profileId + QChar(0x1f) + topic);
}

QString TopicExplorerWidget::chartPath(const QString &topic, const QString &jsonPath)
{
    return jsonPath.isEmpty() ? topic : topic + QLatin1Char('#') + jsonPath;
}

void TopicExplorerWidget::populateChartMenu()
{
    QMenu *menu = m_chartButton->menu();
    menu->clear();
    const TopicRecord *record
        = m_current
              ? m_current->topicModel()->record(m_current->topicModel()->indexOfTopic(m_topic))
              : nullptr;
    if (!record) {
        menu->addAction(tr("Select a topic with messages"))->setEnabled(false);
        return;
    }
    const QString topic = m_topic;
    if (PayloadDecoder::number(record->lastPayload)) {
        QAction *value = menu->addAction(tr("Chart the Value"));
        value->setObjectName(QStringLiteral("chartValueAction"));
        connect(value, &QAction::triggered, this, [this, topic] { chartTopic(topic, QString()); });
    }
    QStringList paths
        = m_viewer->payload() == record->lastPayload ? m_viewer->numericPaths() : QStringList();
    if (paths.isEmpty() && record->lastPayload.size() <= qsizetype(64) * 1024)
        paths = PayloadDecoder::numericPaths(record->lastPayload);
    for (int i = 0; i < paths.size() && i < MaxChartMenuPaths; ++i) {
        const QString &path = paths.at(i);
        QAction *action = menu->addAction(tr("Chart “%1”").arg(path));
        action->setData(path);
        connect(
            action, &QAction::triggered, this, [this, topic, path] { chartTopic(topic, path); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No numbers in this payload"))->setEnabled(false);
}

void TopicExplorerWidget::chartTopic(const QString &topic, const QString &jsonPath)
{
    if (!m_current)
        return;
    const QString profile = m_current->profileId();
    m_charted[profile][topic].insert(jsonPath);
    const QUuid deviceId = chartDeviceId(profile, topic);
    const QString path = chartPath(topic, jsonPath);
    if (m_charts && !m_charts->hasSeries(deviceId, path))
        m_charts->addSeries(deviceId, profile, path, QString());
    // The value shown now is the first sample.
    if (const TopicRecord *record
        = m_current->topicModel()->record(m_current->topicModel()->indexOfTopic(topic))) {
        if (const auto value = PayloadDecoder::numberAt(record->lastPayload, jsonPath)) {
            if (m_charts)
                m_charts->appendSamples(deviceId, path, {{record->lastMs, *value}});
            if (m_fleetStore)
                m_fleetStore->appendTelemetry(
                    {{deviceId,
                      path,
                      QDateTime::fromMSecsSinceEpoch(record->lastMs, Qt::UTC),
                      *value}});
        }
    }
    emit chartAdded(deviceId, path);
}

void TopicExplorerWidget::onMessages(TopicExplorerSession *session,
                                     const QVector<MqttMessage> &messages,
                                     qint64 timeMs)
{
    auto charted = m_charted.find(session->profileId());
    if (charted == m_charted.end() || charted->isEmpty())
        return;
    const QString profile = session->profileId();
    // (topic, JSON path) → samples
    QHash<QPair<QString, QString>, QVector<ChartsDock::Point>> points;
    QVector<TelemetrySample> samples;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    for (const MqttMessage &message : messages) {
        const auto paths = charted->constFind(message.topic);
        if (paths == charted->constEnd())
            continue;
        for (const QString &jsonPath : *paths) {
            const auto value = PayloadDecoder::numberAt(message.payload, jsonPath);
            if (!value)
                continue;
            points[{message.topic, jsonPath}].append({timeMs, *value});
            samples.append({chartDeviceId(profile, message.topic),
                            chartPath(message.topic, jsonPath),
                            time,
                            *value});
        }
    }
    for (auto it = points.constBegin(); it != points.constEnd(); ++it) {
        const QString &topic = it.key().first;
        const QString &jsonPath = it.key().second;
        const QUuid deviceId = chartDeviceId(profile, topic);
        const QString path = chartPath(topic, jsonPath);
        if (m_charts && !m_charts->hasSeries(deviceId, path)) {
            // The user stopped charting it ("Stop charting" in the chart).
            auto paths = charted->find(topic);
            if (paths != charted->end()) {
                paths->remove(jsonPath);
                if (paths->isEmpty())
                    charted->erase(paths);
            }
            samples.removeIf([&deviceId, &path](const TelemetrySample &sample) {
                return sample.deviceId == deviceId && sample.path == path;
            });
            continue;
        }
        if (m_charts)
            m_charts->appendSamples(deviceId, path, it.value());
    }
    if (m_fleetStore && !samples.isEmpty())
        m_fleetStore->appendTelemetry(samples);
}

PublishDialog *TopicExplorerWidget::openPublishDialog()
{
    if (!m_current)
        return nullptr;
    auto *dialog = new PublishDialog(library(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBrokerName(m_current->profileId());
    MqttMessage draft;
    draft.topic = m_topic;
    dialog->setMessage(draft);
    QPointer<TopicExplorerSession> session = m_current;
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        if (!session)
            return;
        const MqttMessage message = dialog->message();
        session->publish(message);
        m_status = tr("published to %1").arg(elided(message.topic, 80));
        updateStatus();
    });
    dialog->open();
    return dialog;
}

void TopicExplorerWidget::clearRetained()
{
    if (!m_current || m_topic.isNull())
        return;
    const QString profile = m_current->profileId();
    const QString prefix = m_topic;
    const QStringList topics = m_current->topicModel()->retainedTopicsUnder(
        m_current->topicModel()->indexOfTopic(prefix));
    const QString shownPrefix = elided(prefix, 120);
    if (topics.isEmpty()) {
        messageBoxes()->warning(
            this,
            tr("Nothing to clear"),
            tr("No topic at or under “%1” has a retained message.").arg(shownPrefix));
        return;
    }
    const int count = int(topics.size());
    QStringList listed;
    for (int i = 0; i < count && i < ConfirmListTopics; ++i)
        listed << QStringLiteral("• ") + elided(topics.at(i), 120);
    if (count > ConfirmListTopics)
        listed << tr("… and %n more", nullptr, count - ConfirmListTopics);
    const QString text
        = tr("Clear the retained messages of %n topic(s) at or under “%1” on %2?", nullptr, count)
              .arg(shownPrefix, profile);
    const QString informative
        = listed.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
          + tr("FleetDesk publishes an empty retained message to each topic, which removes it "
               "from the broker. Devices that read these topics when they start will find "
               "nothing. This cannot be undone.");
    if (!messageBoxes()->confirm(this,
                                 tr("Clear Retained Messages"),
                                 text,
                                 informative,
                                 tr("Clear %n Retained Message(s)", nullptr, count)))
        return;
    for (const QString &topic : topics) {
        MqttMessage clear;
        clear.topic = topic;
        clear.qos = 1;
        clear.retain = true;
        m_current->publish(clear);
    }
    if (m_fleetStore) {
        JournalRepository::AuditEntry audit;
        audit.time = QDateTime::currentDateTimeUtc();
        audit.action = QStringLiteral("mqtt-clear-retained");
        QJsonArray sample;
        for (int i = 0; i < count && i < 100; ++i)
            sample.append(topics.at(i).left(1000));
        audit.parameters = {{QStringLiteral("broker"), profile},
                            {QStringLiteral("prefix"), prefix.left(1000)},
                            {QStringLiteral("topics"), count},
                            {QStringLiteral("topicList"), sample}};
        audit.result = QStringLiteral("published %1 empty retained message(s)").arg(count);
        m_fleetStore->record(audit, {});
    }
    qCInfo(lcMqtt) << "cleared retained messages:" << count << "under" << prefix.left(200) << "on"
                   << profile;
    m_status = tr("cleared %n retained message(s)", nullptr, count);
    updateStatus();
    emit retainedCleared(profile, prefix, count);
}

void TopicExplorerWidget::saveExport(const QString &path,
                                     const std::function<QByteArray()> &build,
                                     int count)
{
    BackgroundTask::run(
        this,
        [path, build] {
            SaveResult result;
            const QByteArray data = build();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            file.write(data);
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path, count](const SaveResult &result) {
            const QString native = QDir::toNativeSeparators(path);
            m_status = result.ok ? tr("saved %n row(s) to %1", nullptr, count).arg(native)
                                 : tr("could not save %1: %2").arg(native, result.error);
            if (!result.ok) {
                qCWarning(lcUi) << "MQTT export failed:" << path << result.error;
                messageBoxes()->warning(this,
                                        tr("Export failed"),
                                        tr("The file %1 could not be written.").arg(native),
                                        result.error);
            }
            updateStatus();
            emit exportFinished(result.ok, path, result.error);
        });
}

namespace {

QString askExportPath(FileDialogs *dialogs,
                      QWidget *parent,
                      const QString &caption,
                      const QString &baseName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString safe = baseName.left(80);
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.csv")
            .arg(safe, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path
        = dialogs->saveFileName(parent,
                                caption,
                                suggested,
                                TopicExplorerWidget::tr("CSV files (*.csv);;JSON files (*.json)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return path;
}

} // namespace

void TopicExplorerWidget::exportTopics()
{
    if (!m_current)
        return;
    const QString profile = m_current->profileId();
    const QString path = askExportPath(fileDialogs(),
                                       this,
                                       tr("Export MQTT topics"),
                                       QStringLiteral("fleetdesk-topics-") + profile);
    if (path.isEmpty())
        return;
    // Copies of the records share the payload bytes; the text is built on the worker.
    const QVector<TopicUpdate> topics = m_current->topicModel()->snapshot();
    const TopicExport::Format format = TopicExport::formatFor(path);
    saveExport(
        path,
        [profile, topics, format] { return TopicExport::topics(profile, topics, format); },
        int(topics.size()));
}

void TopicExplorerWidget::exportHistory()
{
    if (!m_current || m_historyModel->rowCount() == 0)
        return;
    const QString profile = m_current->profileId();
    const QString topic = m_historyModel->topic();
    const QString path = askExportPath(fileDialogs(),
                                       this,
                                       tr("Export topic history"),
                                       QStringLiteral("fleetdesk-history-") + topic);
    if (path.isEmpty())
        return;
    const QVector<MqttHistoryEntry> entries = m_historyModel->entries();
    const TopicExport::Format format = TopicExport::formatFor(path);
    saveExport(
        path,
        [profile, topic, entries, format] {
            return TopicExport::history(profile, topic, entries, format);
        },
        int(entries.size()));
}
