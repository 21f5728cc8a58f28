#pragma once

#include "ResourceTreeModel.h"
#include "lwm2m/Lwm2mResponse.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class BannerWidget;
class EmptyStateWidget;
class Lwm2mService;
class MessageBoxes;
class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;
struct Device;
struct Lwm2mSample;

// The "Resources" tab of the details pane: one LwM2M device's objects, instances and resources
// (ResourceTreeModel) with Read, Write…, Execute…, Observe, Chart, Discover, Write attributes…,
// Create instance… and Delete instance… on the selected row (toolbar, context menu, keyboard).
// Every request goes through Lwm2mService and returns at once; the row shows its progress
// ("reading…", "waiting for wake-up"), failures show in words above the tree with the details
// (status, HTTP status, the server's JSON) one click away and a Copy button. Objects are read
// when they are first expanded. Loads only while visible.
class ResourceBrowserWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceBrowserWidget(QWidget *parent = nullptr);
    ~ResourceBrowserWidget() override;

    // nullptr: an empty state says to connect to the server.
    void setLwm2mService(Lwm2mService *service);
    // The seam for the Delete confirmation (nullptr: real message boxes).
    void setMessageBoxes(MessageBoxes *messageBoxes);

    // The device to browse (binding.profile, binding.key). The same device again (e.g. its
    // record changed) keeps the tree; another one starts over.
    void setDevice(const Device &device);
    void clearDevice();
    // Forgets what was read and loads the objects again (the Refresh action).
    void reload();

    ResourceTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    // The path of the current row ("" when none).
    QString currentPath() const;
    void setCurrentPath(const QString &path);
    // The message above the tree ("" when hidden), and its details text.
    QString messageText() const;
    QString messageDetails() const;

    // The actions (also in the context menu), for tests and for the main window's menus.
    QAction *readAction() const { return m_readAction; }
    QAction *writeAction() const { return m_writeAction; }
    QAction *executeAction() const { return m_executeAction; }
    QAction *observeAction() const { return m_observeAction; }
    QAction *chartAction() const { return m_chartAction; }
    QAction *discoverAction() const { return m_discoverAction; }
    QAction *writeAttributesAction() const { return m_writeAttributesAction; }
    QAction *createInstanceAction() const { return m_createAction; }
    QAction *deleteInstanceAction() const { return m_deleteAction; }
    QAction *refreshAction() const { return m_refreshAction; }

signals:
    void chartRequested(const QUuid &deviceId,
                        const QString &deviceName,
                        const QString &profile,
                        const QString &endpoint,
                        const QString &path,
                        const QString &unit);
    // operation: "read", "write", "execute", "observe", "cancel-observation", "discover",
    // "write-attributes", "create", "delete" (stable ids). Only for what the user asked for.
    void operationFinished(const QUuid &deviceId,
                           const QString &operation,
                           const QString &path,
                           bool ok,
                           const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Done = std::function<void(const Lwm2mResponse &response)>;
    using Start = std::function<quint64(QObject *context, Done done)>;
    struct Request
    {
        QString operation;
        QString path;
    };
    enum class Page { Browser, Empty };

    void createActions();
    void updateState();
    void updateActions();
    void ensureLoaded();
    void loadFinished();
    void showMessage(int kind, const QString &text, const QString &details);
    void hideMessage();
    static QString
    detailsOf(const QString &operation, const QString &path, const Lwm2mResponse &response);
    QString specKey() const;
    QModelIndex currentIndex() const;

    // Runs one request for a row: progress on the row, the outcome in words.
    void run(const QString &operation,
             const QString &path,
             const QString &busyText,
             const Start &start,
             const std::function<QString(const Lwm2mResponse &)> &onSuccess,
             bool userAsked = true);
    void read(const QString &path, bool userAsked);
    void readCurrent();
    void writeCurrent();
    void executeCurrent();
    void toggleObserveCurrent();
    void chartCurrent();
    void discoverCurrent();
    void writeAttributesCurrent();
    void createInstanceCurrent();
    void deleteInstanceCurrent();
    void observe(const QString &path, bool userAsked);
    void onExpanded(const QModelIndex &index);
    void onNotification(const Lwm2mSample &sample);
    void onWaitingForWakeUp(quint64 requestId);
    void showContextMenu(const QPoint &pos);
    void copyToClipboard(const QString &text);

    QPointer<Lwm2mService> m_service;
    MessageBoxes *m_messageBoxes = nullptr;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    ResourceTreeModel *m_model = nullptr;

    // The device.
    QUuid m_deviceId;
    QString m_deviceName;
    QString m_deviceModel;
    QString m_profile;
    QString m_endpoint;
    bool m_bound = false;

    // Loading.
    bool m_loadNeeded = false;
    bool m_specsReady = false;
    bool m_linksReady = false;
    ResourceTreeModel::ObjectSpecList m_specs;
    QStringList m_links;
    QStringList m_expandAfterLoad;
    quint64 m_generation = 0;
    QHash<quint64, Request> m_requests; // Lwm2mService request id -> row
    // Observations this widget started, per "profile\nendpoint": kept across device switches.
    QHash<QString, QSet<QString>> m_observed;

    // Widgets.
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_browserPage = nullptr;
    QToolBar *m_toolBar = nullptr;
    BannerWidget *m_banner = nullptr;
    QWidget *m_detailsPanel = nullptr;
    QPlainTextEdit *m_detailsText = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QMenu *m_moreMenu = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_writeAction = nullptr;
    QAction *m_executeAction = nullptr;
    QAction *m_observeAction = nullptr;
    QAction *m_chartAction = nullptr;
    QAction *m_discoverAction = nullptr;
    QAction *m_writeAttributesAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_copyPathAction = nullptr;
};
