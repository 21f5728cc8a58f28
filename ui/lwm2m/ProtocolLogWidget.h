#pragma once

#include "lwm2m/Lwm2mProtocolLog.h"

#include <QDateTime>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class EmptyStateWidget;
class FileDialogs;
class Lwm2mService;
class ProtocolLogFilterProxyModel;
class ProtocolLogModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
struct Device;

// The "Protocol log" tab of the details pane: the CoAP messages between the LwM2M server and one
// device (Lwm2mService::openProtocolLog, parsed on the service's worker), newest at the bottom,
// at most capacity() rows. Filters by direction and text (code, options, payload), follows new
// rows unless auto-scroll is paused, Clear, Export CSV… (the rows shown, through FileDialogs).
// Streams only while the tab is visible: Leshan has no replay, so traffic from while the tab was
// closed is never shown, and the tab says so.
class ProtocolLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolLogWidget(QWidget *parent = nullptr);
    ~ProtocolLogWidget() override;

    // nullptr: an empty state says to connect to the server.
    void setLwm2mService(Lwm2mService *service);
    // The seam for the Export file picker (nullptr: the real dialog).
    void setFileDialogs(FileDialogs *fileDialogs);
    // The device (binding.profile, binding.key). The same device again keeps the rows; another
    // one starts over.
    void setDevice(const Device &device);
    void clearDevice();
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    ProtocolLogModel *model() const { return m_model; }
    ProtocolLogFilterProxyModel *filterModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QComboBox *directionComboBox() const { return m_directionCombo; }
    QLineEdit *filterLineEdit() const { return m_filterEdit; }
    QAction *autoScrollAction() const { return m_autoScrollAction; }
    QAction *clearAction() const { return m_clearAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Whether a log is open (the tab is visible and bound), and its last state.
    bool isListening() const { return m_logId != 0; }
    Lwm2mProtocolLog::State logState() const { return m_state; }
    QString statusText() const;

    // Asks for a file (FileDialogs) and saves the rows shown as CSV, off the GUI thread.
    void exportCsv();
    void saveCsv(const QString &path);

signals:
    void exportFinished(bool ok, const QString &path, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void openLog();
    void closeLog();
    void onEntries(const CoapLogEntryList &entries, qint64 skipped);
    void onState(Lwm2mProtocolLog::State state, const QString &message);
    void updateState();
    void updateStatus();

    QPointer<Lwm2mService> m_service;
    FileDialogs *m_fileDialogs = nullptr;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    ProtocolLogModel *m_model = nullptr;
    ProtocolLogFilterProxyModel *m_proxy = nullptr;
    int m_capacity = Lwm2mProtocolLog::DefaultCapacity;

    QUuid m_deviceId;
    QString m_profile;
    QString m_endpoint;
    bool m_bound = false;

    quint64 m_logId = 0;
    quint64 m_generation = 0;
    Lwm2mProtocolLog::State m_state = Lwm2mProtocolLog::State::Stopped;
    QString m_stateMessage;
    QDateTime m_listeningSince;
    QString m_exportMessage;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_logPage = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_toolRow = nullptr;
    QComboBox *m_directionCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_autoScrollAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_exportAction = nullptr;
};
