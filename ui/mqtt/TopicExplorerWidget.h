#pragma once

#include "mqtt/MqttIngest.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class BannerWidget;
class ChartsDock;
class EmptyStateWidget;
class FileDialogs;
class FleetStore;
class MessageBoxes;
class MqttConnection;
class MqttMessageLibrary;
class PayloadViewerWidget;
class PublishDialog;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextDocument;
class QTimer;
class QToolButton;
class QTreeView;
class TopicExplorerSession;
class TopicHistoryModel;

// The MQTT topic explorer (the window's "Topics" dock): for each broker connection (a selector
// when there are several), the tree of every topic seen with its last value, counts, rate,
// retained flag and QoS; for the selected topic its path and stats, the payload viewer (decoders,
// display limit, large payloads off the GUI thread), a diff against the previous message, the MQTT
// 5 properties and the stored history; publishing (with a library of saved messages), clearing
// retained messages under a level (confirmed with the count, audited), charting a number or a
// numeric JSON field into the Charts dock (samples also go to telemetry.db), exports of the topic
// list and of a history as CSV or JSON, and the traffic log. A warning banner says when the
// broker's distinct topics passed the cap.
class TopicExplorerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TopicExplorerWidget(QWidget *parent = nullptr);
    ~TopicExplorerWidget() override;

    // Seams and collaborators (nullptr: real dialogs; no audit, telemetry or charts).
    void setFileDialogs(FileDialogs *fileDialogs);
    void setMessageBoxes(MessageBoxes *messageBoxes);
    void setFleetStore(FleetStore *store);
    void setChartsDock(ChartsDock *charts);
    // Where saved messages live; nullptr: MqttMessageLibrary::defaultPath(), loaded on first use.
    void setMessageLibrary(MqttMessageLibrary *library);
    // For every pipeline started after this call (telemetryDbPath: the history database).
    void setIngestOptions(const MqttIngest::Options &options);
    MqttIngest::Options ingestOptions() const { return m_options; }

    // A broker connection to explore (shared; removeConnection() before it is deleted).
    TopicExplorerSession *addConnection(const QString &profileId, MqttConnection *connection);
    void removeConnection(const QString &profileId);
    TopicExplorerSession *session(const QString &profileId) const;
    TopicExplorerSession *currentSession() const;
    void setCurrentProfile(const QString &profileId);
    QStringList profileIds() const;

    bool selectTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }

    // The actions of the buttons.
    PublishDialog *openPublishDialog(); // modeless, deleted on close
    void clearRetained();               // under the selected level, after a confirmation
    void exportTopics();
    void exportHistory();
    void refreshHistory();
    void chartTopic(const QString &topic, const QString &jsonPath);
    // The id and path under which a topic (and JSON path) is charted and kept in telemetry.
    static QUuid chartDeviceId(const QString &profileId, const QString &topic);
    static QString chartPath(const QString &topic, const QString &jsonPath);

    // For tests and screenshots.
    QComboBox *brokerComboBox() const { return m_brokerCombo; }
    QLineEdit *filterLineEdit() const { return m_filterEdit; }
    QTreeView *treeView() const { return m_tree; }
    PayloadViewerWidget *payloadViewer() const { return m_viewer; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    QTabWidget *mainTabs() const { return m_mainTabs; }
    QPlainTextEdit *diffTextEdit() const { return m_diffEdit; }
    QLabel *diffInfoLabel() const { return m_diffInfoLabel; }
    QTableView *historyTableView() const { return m_historyTable; }
    TopicHistoryModel *historyModel() const { return m_historyModel; }
    QLabel *historyInfoLabel() const { return m_historyInfoLabel; }
    QPlainTextEdit *propertiesTextEdit() const { return m_propertiesEdit; }
    QLabel *topicPathLabel() const { return m_topicLabel; }
    QLabel *statsLabel() const { return m_statsLabel; }
    QLabel *statusLabel() const { return m_statusLabel; }
    BannerWidget *capBanner() const { return m_capBanner; }
    QToolButton *chartButton() const { return m_chartButton; }
    QPushButton *clearRetainedButton() const { return m_clearRetainedButton; }
    QTableView *trafficTableView() const { return m_trafficTable; }
    QLineEdit *trafficFilterLineEdit() const { return m_trafficFilterEdit; }
    QComboBox *trafficDirectionComboBox() const { return m_trafficDirectionCombo; }
    QCheckBox *trafficRetainedCheckBox() const { return m_trafficRetainedCheck; }
    QLabel *trafficStatusLabel() const { return m_trafficStatusLabel; }

signals:
    void exportFinished(bool ok, const QString &path, const QString &error);
    void retainedCleared(const QString &profileId, const QString &prefix, int topics);
    // A series was added to the Charts dock (the window shows the dock).
    void chartAdded(const QUuid &deviceId, const QString &path);
    void historyShown(const QString &topic, int entries);
    void diffShown();

private:
    void createTopicsPage(QWidget *page);
    void createTrafficPage(QWidget *page);
    void bindSession(TopicExplorerSession *session);
    void onCurrentChanged();
    void onTopicsUpdated(TopicExplorerSession *session);
    void
    onMessages(TopicExplorerSession *session, const QVector<MqttMessage> &messages, qint64 timeMs);
    void showDetails(bool fresh);
    void updateStats();
    void updateStatus();
    void updateBanner();
    void updatePage();
    void updateTrafficStatus();
    void refreshDiff();
    void populateChartMenu();
    void saveExport(const QString &path, const std::function<QByteArray()> &build, int count);
    FileDialogs *fileDialogs();
    MessageBoxes *messageBoxes();
    MqttMessageLibrary *library();

    FileDialogs *m_fileDialogs = nullptr;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    MessageBoxes *m_messageBoxes = nullptr;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    QPointer<FleetStore> m_fleetStore;
    QPointer<ChartsDock> m_charts;
    MqttMessageLibrary *m_library = nullptr;
    MqttIngest::Options m_options;

    QHash<QString, TopicExplorerSession *> m_sessions;
    QPointer<TopicExplorerSession> m_current;
    // profile → topic → JSON paths charted ("" = the whole payload)
    QHash<QString, QHash<QString, QSet<QString>>> m_charted;
    QString m_topic; // selected level's full topic
    bool m_topicHasRecord = false;
    quint64 m_shownCount = 0;
    quint64 m_diffGeneration = 0;
    bool m_diffBusy = false;
    bool m_diffPending = false;
    std::shared_ptr<QTextDocument> m_diffDocument;
    QString m_status;

    BannerWidget *m_capBanner = nullptr;
    QComboBox *m_brokerCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_exportTopicsButton = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    EmptyStateWidget *m_noBrokerState = nullptr;
    QTabWidget *m_mainTabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyStateWidget *m_noTopicState = nullptr;
    QLabel *m_topicLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    QPushButton *m_publishToTopicButton = nullptr;
    QToolButton *m_chartButton = nullptr;
    QPushButton *m_clearRetainedButton = nullptr;
    QPushButton *m_exportHistoryButton = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    PayloadViewerWidget *m_viewer = nullptr;
    QWidget *m_diffPage = nullptr;
    QPlainTextEdit *m_diffEdit = nullptr;
    QLabel *m_diffInfoLabel = nullptr;
    QWidget *m_historyPage = nullptr;
    QTableView *m_historyTable = nullptr;
    TopicHistoryModel *m_historyModel = nullptr;
    QLabel *m_historyInfoLabel = nullptr;
    QPlainTextEdit *m_propertiesEdit = nullptr;
    QTableView *m_trafficTable = nullptr;
    QLineEdit *m_trafficFilterEdit = nullptr;
    QComboBox *m_trafficDirectionCombo = nullptr;
    QCheckBox *m_trafficRetainedCheck = nullptr;
    QCheckBox *m_trafficFollowCheck = nullptr;
    QLabel *m_trafficStatusLabel = nullptr;
    QTimer *m_ageTimer = nullptr;
    QTimer *m_liveRefreshTimer = nullptr; // history and diff follow new messages at most 1/s
};
