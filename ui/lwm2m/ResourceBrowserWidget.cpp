#include "lwm2m/ResourceBrowserWidget.h"

#include "BannerWidget.h"
#include "EmptyStateWidget.h"
#include "MessageBoxes.h"
#include "common/Logging.h"
#include "fleet/Device.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mRegistration.h"
#include "lwm2m/Lwm2mSample.h"
#include "lwm2m/Lwm2mService.h"
#include "lwm2m/WriteAttributesDialog.h"
#include "lwm2m/WriteValueDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using Level = Lwm2mPath::Level;
using RowState = ResourceTreeModel::RowState;

namespace {

QString observationKey(const QString &profile, const QString &endpoint)
{
    return profile + QLatin1Char('\n') + endpoint;
}

QString linkText(const QJsonValue &link)
{
    if (link.isString())
        return link.toString();
    const QJsonObject o = link.toObject();
    QString text = QStringLiteral("<%1>").arg(o.value(QLatin1String("url")).toString());
    const QJsonObject attributes = o.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString value
            = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        text += value.isEmpty() ? QStringLiteral(";%1").arg(it.key())
                                : QStringLiteral(";%1=%2").arg(it.key(), value);
    }
    return text;
}

} // namespace

ResourceBrowserWidget::ResourceBrowserWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResourceTreeModel(this))
{
    setObjectName(QStringLiteral("resourceBrowserWidget"));
    setAccessibleName(tr("LwM2M resources"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("resourceBrowserStackedWidget"));
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("resourcesEmptyStateWidget"));

    m_browserPage = new QWidget(m_stack);
    m_browserPage->setObjectName(QStringLiteral("resourceBrowserPageWidget"));
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(m_browserPage);
    layout->setContentsMargins(spacing, spacing, spacing, spacing);

    m_toolBar = new QToolBar(m_browserPage);
    m_toolBar->setObjectName(QStringLiteral("resourcesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);

    m_banner = new BannerWidget(m_browserPage);
    m_banner->setObjectName(QStringLiteral("resourcesMessageBannerWidget"));
    m_banner->setActionText(tr("Details"));
    m_banner->actionButton()->setCheckable(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_detailsPanel = new QWidget(m_browserPage);
    m_detailsPanel->setObjectName(QStringLiteral("messageDetailsWidget"));
    auto *detailsLayout = new QHBoxLayout(m_detailsPanel);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsText = new QPlainTextEdit(m_detailsPanel);
    m_detailsText->setObjectName(QStringLiteral("messageDetailsPlainTextEdit"));
    m_detailsText->setAccessibleName(tr("Details"));
    m_detailsText->setReadOnly(true);
    m_detailsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailsText->setMaximumHeight(fontMetrics().height() * 9);
    detailsLayout->addWidget(m_detailsText, 1);
    auto *detailsButtons = new QVBoxLayout;
    auto *copyButton = new QPushButton(tr("&Copy"), m_detailsPanel);
    copyButton->setObjectName(QStringLiteral("copyDetailsPushButton"));
    copyButton->setAccessibleName(tr("Copy the message and its details"));
    copyButton->setToolTip(tr("Copy the message and its details, e.g. for support"));
    auto *dismissButton = new QPushButton(tr("Dis&miss"), m_detailsPanel);
    dismissButton->setObjectName(QStringLiteral("dismissMessagePushButton"));
    dismissButton->setAccessibleName(tr("Dismiss the message"));
    detailsButtons->addWidget(copyButton);
    detailsButtons->addWidget(dismissButton);
    detailsButtons->addStretch();
    detailsLayout->addLayout(detailsButtons);
    m_detailsPanel->hide();
    layout->addWidget(m_detailsPanel);
    connect(m_banner->actionButton(), &QPushButton::toggled, m_detailsPanel, &QWidget::setVisible);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        copyToClipboard(m_banner->text() + QLatin1String("\n\n") + m_detailsText->toPlainText());
    });
    connect(dismissButton, &QPushButton::clicked, this, &ResourceBrowserWidget::hideMessage);

    m_tree = new QTreeView(m_browserPage);
    m_tree->setObjectName(QStringLiteral("resourcesTreeView"));
    m_tree->setAccessibleName(tr("Objects and resources"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().averageCharWidth();
    // Names with their ids, indented three levels, need the room; the short columns fit their
    // content (the header names are longer in Japanese).
    header->resizeSection(ResourceTreeModel::NameColumn, em * 38);
    header->resizeSection(ResourceTreeModel::ValueColumn, em * 25);
    header->setSectionResizeMode(ResourceTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResourceTreeModel::OperationsColumn,
                                 QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    m_statusLabel = new QLabel(m_browserPage);
    m_statusLabel->setObjectName(QStringLiteral("resourcesStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setWordWrap(true);
    m_refreshButton = new QToolButton(m_browserPage);
    m_refreshButton->setObjectName(QStringLiteral("refreshResourcesToolButton"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_refreshButton, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    m_stack->addWidget(m_browserPage);
    m_stack->addWidget(m_emptyState);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    createActions();
    connect(m_tree, &QTreeView::expanded, this, &ResourceBrowserWidget::onExpanded);
    connect(m_tree,
            &QWidget::customContextMenuRequested,
            this,
            &ResourceBrowserWidget::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(ResourceTreeModel::LevelRole).toInt() == int(Level::Resource)
            && m_writeAction->isEnabled())
            writeCurrent();
    });
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ResourceBrowserWidget::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourceBrowserWidget::updateActions);
    updateState();
}

ResourceBrowserWidget::~ResourceBrowserWidget() = default;

void ResourceBrowserWidget::createActions()
{
    const auto make = [this](const QString &text,
                             const QString &name,
                             const QKeySequence &shortcut,
                             const QString &tip,
                             void (ResourceBrowserWidget::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(shortcut.isEmpty()
                               ? tip
                               : tr("%1 (%2)", "tool tip (shortcut)")
                                     .arg(tip, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction = make(tr("Refresh"),
                           QStringLiteral("refreshResourcesAction"),
                           QKeySequence(tr("Ctrl+Shift+R")),
                           tr("Load the device's objects again and read what is expanded"),
                           &ResourceBrowserWidget::reload);
    m_readAction = make(tr("&Read"),
                        QStringLiteral("readResourceAction"),
                        QKeySequence(tr("Ctrl+R")),
                        tr("Read the selected object, instance or resource from the device"),
                        &ResourceBrowserWidget::readCurrent);
    m_writeAction = make(tr("&Write…"),
                         QStringLiteral("writeResourceAction"),
                         QKeySequence(tr("Ctrl+W")),
                         tr("Write a new value to the selected resource"),
                         &ResourceBrowserWidget::writeCurrent);
    m_executeAction = make(tr("E&xecute…"),
                           QStringLiteral("executeResourceAction"),
                           QKeySequence(tr("Ctrl+Shift+X")),
                           tr("Execute the selected resource (e.g. Reboot), with optional "
                              "arguments"),
                           &ResourceBrowserWidget::executeCurrent);
    m_observeAction = make(tr("&Observe"),
                           QStringLiteral("observeResourceAction"),
                           QKeySequence(tr("Ctrl+Shift+O")),
                           tr("Have the device report changes of the selected resource"),
                           &ResourceBrowserWidget::toggleObserveCurrent);
    m_observeAction->setCheckable(true);
    m_chartAction = make(tr("&Chart this value"),
                         QStringLiteral("chartResourceAction"),
                         QKeySequence(tr("Ctrl+Shift+G")),
                         tr("Observe the selected number and plot it in the Charts dock"),
                         &ResourceBrowserWidget::chartCurrent);
    m_discoverAction = make(tr("&Discover"),
                            QStringLiteral("discoverResourceAction"),
                            QKeySequence(tr("Ctrl+Shift+D")),
                            tr("Ask the device which resources and attributes it has below the "
                               "selected path"),
                            &ResourceBrowserWidget::discoverCurrent);
    m_writeAttributesAction = make(tr("Write &attributes…"),
                                   QStringLiteral("writeAttributesAction"),
                                   QKeySequence(tr("Ctrl+Shift+A")),
                                   tr("Set when the device notifies: pmin, pmax, gt, lt, st"),
                                   &ResourceBrowserWidget::writeAttributesCurrent);
    m_createAction = make(tr("Create &instance…"),
                          QStringLiteral("createInstanceAction"),
                          QKeySequence(Qt::Key_Insert),
                          tr("Create a new instance of the selected object"),
                          &ResourceBrowserWidget::createInstanceCurrent);
    m_deleteAction = make(tr("De&lete instance…"),
                          QStringLiteral("deleteInstanceAction"),
                          QKeySequence(QKeySequence::Delete),
                          tr("Delete the selected instance from the device (asks first)"),
                          &ResourceBrowserWidget::deleteInstanceCurrent);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyValueAction = new QAction(tr("Copy &value"), this);
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyValueAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyValueAction);
    connect(m_copyValueAction, &QAction::triggered, this, [this] {
        copyToClipboard(
            currentIndex().siblingAtColumn(ResourceTreeModel::ValueColumn).data().toString());
    });
    m_copyPathAction = new QAction(tr("Copy &path"), this);
    m_copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    connect(
        m_copyPathAction, &QAction::triggered, this, [this] { copyToClipboard(currentPath()); });

    // Short labels on the toolbar, so it fits the pane at 1366×768 in Japanese too.
    m_readAction->setIconText(tr("Read"));
    m_writeAction->setIconText(tr("Write…"));
    m_executeAction->setIconText(tr("Execute…"));
    m_observeAction->setIconText(tr("Observe"));
    m_chartAction->setIconText(tr("Chart"));
    for (QAction *a :
         {m_readAction, m_writeAction, m_executeAction, m_observeAction, m_chartAction})
        m_toolBar->addAction(a);
    m_moreMenu = new QMenu(this);
    m_moreMenu->setObjectName(QStringLiteral("moreResourceActionsMenu"));
    for (QAction *a : {m_discoverAction, m_writeAttributesAction})
        m_moreMenu->addAction(a);
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(m_createAction);
    m_moreMenu->addAction(m_deleteAction);
    auto *more = new QToolButton(m_toolBar);
    more->setObjectName(QStringLiteral("moreActionsToolButton"));
    more->setText(tr("More"));
    more->setToolTip(tr("Discover, write attributes, create or delete instances"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setMenu(m_moreMenu);
    m_toolBar->addWidget(more);
}

void ResourceBrowserWidget::setLwm2mService(Lwm2mService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(
            m_service, &Lwm2mService::notification, this, &ResourceBrowserWidget::onNotification);
        connect(m_service,
                &Lwm2mService::requestWaitingForWakeUp,
                this,
                &ResourceBrowserWidget::onWaitingForWakeUp);
        connect(m_service,
                &Lwm2mService::deviceRegistered,
                this,
                [this](const QString &profile, const Lwm2mRegistration &registration) {
                    // A re-registration may bring other objects: take its links.
                    if (profile != m_profile || registration.endpoint != m_endpoint
                        || !m_linksReady)
                        return;
                    for (const QString &link : registration.objectLinks) {
                        if (Lwm2mPath::parse(link).level() == Level::Instance)
                            m_model->addInstance(link);
                    }
                });
    }
    m_loadNeeded = m_bound;
    updateState();
    ensureLoaded();
}

void ResourceBrowserWidget::setMessageBoxes(MessageBoxes *messageBoxes)
{
    m_messageBoxes = messageBoxes;
}

void ResourceBrowserWidget::setDevice(const Device &device)
{
    const bool bound = device.binding.protocol == Protocol::Lwm2m
                       && !device.binding.profile.isEmpty() && !device.binding.key.isEmpty();
    const bool same = bound == m_bound && device.id == m_deviceId
                      && device.binding.profile == m_profile && device.binding.key == m_endpoint;
    m_deviceName = device.name;
    m_deviceModel = device.model;
    if (same)
        return;
    m_deviceId = device.id;
    m_bound = bound;
    m_profile = bound ? device.binding.profile : QString();
    m_endpoint = bound ? device.binding.key : QString();
    ++m_generation;
    m_requests.clear();
    m_model->clear();
    hideMessage();
    m_loadNeeded = bound;
    m_expandAfterLoad.clear();
    updateState();
    ensureLoaded();
}

void ResourceBrowserWidget::clearDevice()
{
    setDevice(Device());
}

void ResourceBrowserWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ResourceBrowserWidget::updateState()
{
    if (!m_service) {
        m_emptyState->setTitle(tr("Connect to the device's LwM2M server to browse its resources"));
        m_emptyState->setText(tr("FleetDesk reads and writes a device's objects through its "
                                 "LwM2M server. Add or start the server's connection in Tools ▸ "
                                 "Connections…"));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!m_bound) {
        m_emptyState->setTitle(tr("No LwM2M resources"));
        m_emptyState->setText(
            m_deviceId.isNull()
                ? tr("Select a device to browse its objects and resources.")
                : tr("This device is not bound to an LwM2M server, so it has no objects to "
                     "browse. Devices appear here once they register at a connected server."));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_browserPage);
    }
    updateActions();
}

QString ResourceBrowserWidget::specKey() const
{
    return ResourceTreeModel::objectSpecCacheKey(m_profile, m_deviceModel, m_endpoint);
}

void ResourceBrowserWidget::reload()
{
    if (!m_bound || !m_service)
        return;
    // Keep what was open: it is read again after the load.
    m_expandAfterLoad.clear();
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expandAfterLoad.append(m_model->pathOf(index));
                collect(index);
            }
        }
    };
    collect(QModelIndex());
    const QString current = currentPath();
    if (!current.isEmpty())
        m_expandAfterLoad.append(QStringLiteral("=") + current);
    m_loadNeeded = true;
    ensureLoaded();
}

void ResourceBrowserWidget::ensureLoaded()
{
    if (!m_loadNeeded || !m_service || !m_bound || !isVisible())
        return;
    m_loadNeeded = false;
    ++m_generation;
    m_requests.clear();
    m_model->clear();
    m_specsReady = false;
    m_linksReady = false;
    m_links.clear();
    m_statusLabel->setText(tr("Loading the objects of %1 from %2…").arg(m_endpoint, m_profile));
    const quint64 generation = m_generation;
    const QString endpoint = m_endpoint;

    if (const auto cached = ResourceTreeModel::cachedObjectSpecs(specKey())) {
        m_specs = *cached;
        m_specsReady = true;
    } else {
        const QString key = specKey();
        m_service->request(
            m_profile,
            [endpoint](Lwm2mServerConnection &c) { return c.client()->objectSpecs(endpoint); },
            this,
            [this, generation, key](const Lwm2mResponse &r) {
                if (generation != m_generation)
                    return;
                m_specs.clear();
                QString error = r.message;
                if (r.ok())
                    m_specs = ResourceTreeModel::parseObjectSpecs(r.json, &error);
                if (!m_specs.isEmpty()) {
                    ResourceTreeModel::cacheObjectSpecs(key, m_specs);
                } else {
                    // Without the models the tree still works, with ids instead of names.
                    showMessage(int(BannerWidget::Kind::Warning),
                                tr("The server did not send its object models, so names, types "
                                   "and units are missing: %1")
                                    .arg(error),
                                detailsOf(QStringLiteral("objectspecs"), QString(), r));
                }
                m_specsReady = true;
                loadFinished();
            });
    }
    m_service->request(
        m_profile,
        [endpoint](Lwm2mServerConnection &c) { return c.client()->client(endpoint); },
        this,
        [this, generation](const Lwm2mResponse &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_links = Lwm2mRegistration::fromJson(r.json.toObject()).objectLinks;
            } else {
                showMessage(int(BannerWidget::Kind::Error),
                            r.message,
                            detailsOf(QStringLiteral("registration"), QString(), r));
            }
            m_linksReady = true;
            loadFinished();
        });
    updateActions();
}

void ResourceBrowserWidget::loadFinished()
{
    if (!m_specsReady || !m_linksReady)
        return;
    m_model->reset(m_specs, m_links);
    for (const QString &path : m_observed.value(observationKey(m_profile, m_endpoint)))
        m_model->setObserved(path, true);
    if (m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("No objects to show. Is %1 registered at %2? Refresh to try "
                                  "again.")
                                   .arg(m_endpoint, m_profile));
    } else {
        m_statusLabel->setText(tr("%n object(s) on %1. Expand an object to read it; values are "
                                  "as last read.",
                                  nullptr,
                                  m_model->rowCount())
                                   .arg(m_endpoint));
    }
    QString current;
    for (const QString &path : std::as_const(m_expandAfterLoad)) {
        if (path.startsWith(QLatin1Char('=')))
            current = path.mid(1);
        else
            m_tree->expand(m_model->indexForPath(path));
    }
    m_expandAfterLoad.clear();
    if (!current.isEmpty() && m_model->indexForPath(current).isValid())
        setCurrentPath(current);
    else if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

QModelIndex ResourceBrowserWidget::currentIndex() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.siblingAtColumn(ResourceTreeModel::NameColumn) : index;
}

QString ResourceBrowserWidget::currentPath() const
{
    return m_model->pathOf(currentIndex());
}

void ResourceBrowserWidget::setCurrentPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QString ResourceBrowserWidget::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString ResourceBrowserWidget::messageDetails() const
{
    return m_detailsText->toPlainText();
}

void ResourceBrowserWidget::updateActions()
{
    const bool usable = m_service && m_bound && m_stack->currentWidget() == m_browserPage;
    const QModelIndex index = currentIndex();
    const int level
        = index.isValid() ? index.data(ResourceTreeModel::LevelRole).toInt() : int(Level::Invalid);
    const QString ops = index.data(ResourceTreeModel::OperationsRole).toString();
    const auto state = RowState(index.data(ResourceTreeModel::StateRole).toInt());
    const bool busy = state == RowState::Busy || state == RowState::WaitingForWakeUp;
    const bool resource = level == int(Level::Resource);
    const bool single = resource && !index.data(ResourceTreeModel::MultipleRole).toBool();
    const bool readable
        = !ops.contains(QLatin1Char('E')) && (ops.isEmpty() || ops.contains(QLatin1Char('R')));
    const bool observed = index.data(ResourceTreeModel::ObservedRole).toBool();
    const bool object = level == int(Level::Object);
    const bool instance = level == int(Level::Instance);

    m_refreshAction->setEnabled(usable);
    m_readAction->setEnabled(usable && index.isValid() && !busy && readable);
    // A resource the model does not describe may still be writable: the device decides.
    m_writeAction->setEnabled(usable && single && !busy
                              && (ops.isEmpty() || ops.contains(QLatin1Char('W'))));
    m_executeAction->setEnabled(usable && resource && !busy
                                && (ops.isEmpty() || ops.contains(QLatin1Char('E'))));
    m_observeAction->setEnabled(usable && (resource || level == int(Level::ResourceInstance))
                                && !busy && readable);
    m_observeAction->setChecked(observed);
    m_observeAction->setText(observed ? tr("Stop &observing") : tr("&Observe"));
    m_chartAction->setEnabled(usable && index.data(ResourceTreeModel::NumericRole).toBool());
    m_discoverAction->setEnabled(usable && index.isValid() && !busy
                                 && level != int(Level::ResourceInstance));
    m_writeAttributesAction->setEnabled(usable && index.isValid()
                                        && level != int(Level::ResourceInstance));
    const QModelIndex objectIndex = object ? index : instance ? index.parent() : QModelIndex();
    const bool multiple
        = objectIndex.isValid()
          && (objectIndex.data(ResourceTreeModel::MultipleRole).toBool()
              || !m_model->objectSpec(Lwm2mPath::parse(m_model->pathOf(objectIndex)).objectId()));
    m_createAction->setEnabled(usable && multiple);
    m_deleteAction->setEnabled(usable && instance && !busy);
    m_copyValueAction->setEnabled(index.isValid());
    m_copyPathAction->setEnabled(index.isValid());
}

void ResourceBrowserWidget::showMessage(int kind, const QString &text, const QString &details)
{
    m_banner->setMessage(BannerWidget::Kind(kind), text);
    m_detailsText->setPlainText(details);
    m_banner->setActionText(details.isEmpty() ? QString() : tr("Details"));
    if (details.isEmpty())
        m_banner->actionButton()->setChecked(false);
    m_detailsPanel->setVisible(!details.isEmpty() && m_banner->actionButton()->isChecked());
    m_banner->show();
}

void ResourceBrowserWidget::hideMessage()
{
    m_banner->hide();
    m_banner->actionButton()->setChecked(false);
    m_detailsPanel->hide();
    m_detailsText->clear();
}

QString ResourceBrowserWidget::detailsOf(const QString &operation,
                                         const QString &path,
                                         const Lwm2mResponse &response)
{
    QStringList lines;
    lines << tr("Operation: %1 %2").arg(operation, path).trimmed();
    if (!response.ok())
        lines << tr("Error: %1").arg(Lwm2mResponse::errorId(response.error));
    if (!response.status.isEmpty())
        lines << tr("LwM2M status: %1").arg(response.status);
    lines << tr("HTTP status: %1")
                 .arg(response.httpStatus ? QString::number(response.httpStatus) : tr("none"));
    if (!response.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(response.requestId);
    if (!response.json.isUndefined() && !response.json.isNull()) {
        const QJsonDocument doc = response.json.isArray() ? QJsonDocument(response.json.toArray())
                                                          : QJsonDocument(response.json.toObject());
        lines << QString() << tr("Server's answer:")
              << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

void ResourceBrowserWidget::copyToClipboard(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void ResourceBrowserWidget::run(const QString &operation,
                                const QString &path,
                                const QString &busyText,
                                const Start &start,
                                const std::function<QString(const Lwm2mResponse &)> &onSuccess,
                                bool userAsked)
{
    if (!m_service || !m_bound)
        return;
    m_model->setRowState(path, RowState::Busy, busyText);
    const quint64 generation = m_generation;
    auto requestId = std::make_shared<quint64>(0);
    *requestId
        = start(this,
                [this, generation, operation, path, onSuccess, userAsked, requestId](
                    const Lwm2mResponse &r) {
                    m_requests.remove(*requestId);
                    if (generation != m_generation)
                        return;
                    if (r.ok()) {
                        m_model->setRowState(path, RowState::Idle);
                        const QString message = onSuccess ? onSuccess(r) : QString();
                        if (userAsked)
                            emit operationFinished(m_deviceId, operation, path, true, message);
                    } else {
                        m_model->setRowState(path, RowState::Failed, r.message);
                        qCInfo(lcUi) << "LwM2M" << operation << path
                                     << "failed:" << Lwm2mResponse::errorId(r.error);
                        showMessage(int(BannerWidget::Kind::Error),
                                    r.message,
                                    detailsOf(operation, path, r));
                        if (userAsked)
                            emit operationFinished(m_deviceId, operation, path, false, r.message);
                    }
                    updateActions();
                });
    m_requests.insert(*requestId, {operation, path});
    updateActions();
}

void ResourceBrowserWidget::onWaitingForWakeUp(quint64 requestId)
{
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.constEnd())
        return;
    m_model->setRowState(it->path, RowState::WaitingForWakeUp, tr("waiting for wake-up"));
    m_tree->viewport()->update();
}

void ResourceBrowserWidget::read(const QString &path, bool userAsked)
{
    const QString profile = m_profile;
    const QString endpoint = m_endpoint;
    QPointer<Lwm2mService> service = m_service;
    run(
        QStringLiteral("read"),
        path,
        tr("reading…"),
        [service, profile, endpoint, path](QObject *context, Done done) {
            return service->read(profile, endpoint, path, context, std::move(done));
        },
        [this, path](const Lwm2mResponse &r) {
            m_model->applyNode(path, r.content);
            const QModelIndex value = m_model->indexForPath(path, ResourceTreeModel::ValueColumn);
            const Lwm2mPath p = Lwm2mPath::parse(path);
            return p.level() >= Level::Resource
                       ? tr("Read %1: %2").arg(path, value.data().toString())
                       : tr("Read %1").arg(path);
        },
        userAsked);
}

void ResourceBrowserWidget::onExpanded(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(ResourceTreeModel::NameColumn);
    if (name.data(ResourceTreeModel::ReadRole).toBool()
        || RowState(name.data(ResourceTreeModel::StateRole).toInt()) != RowState::Idle)
        return;
    const int level = name.data(ResourceTreeModel::LevelRole).toInt();
    if (level == int(Level::Object)) {
        read(m_model->pathOf(name), false);
    } else if (level == int(Level::Instance)) {
        const QModelIndex object = name.parent();
        const auto objectState = RowState(object.data(ResourceTreeModel::StateRole).toInt());
        if (objectState == RowState::Idle)
            read(m_model->pathOf(name), false);
    }
}

void ResourceBrowserWidget::readCurrent()
{
    const QString path = currentPath();
    if (!path.isEmpty() && m_readAction->isEnabled())
        read(path, true);
}

void ResourceBrowserWidget::writeCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !m_writeAction->isEnabled())
        return;
    const Lwm2mPath path = Lwm2mPath::parse(m_model->pathOf(index));
    WriteValueDialog::Target target;
    target.path = path.toString();
    if (const auto *spec = m_model->resourceSpec(path.objectId(), path.resourceId())) {
        target.name = spec->name;
        target.type = spec->type;
        target.units = spec->units;
        target.range = spec->range;
    }
    target.value = index.data(ResourceTreeModel::ValueRole);
    auto *dialog = new WriteValueDialog(target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString units = target.units;
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, units] {
        const Lwm2mNode resource = dialog->resourceNode();
        const bool replace = dialog->isReplace();
        const QString shown = ResourceTreeModel::formatValue(resource.value, resource.type, units);
        const QString writePath
            = replace ? path.toString()
                      : QStringLiteral("/%1/%2").arg(path.objectId()).arg(path.instanceId());
        const Lwm2mNode node
            = replace ? resource : Lwm2mNode::instance(path.instanceId(), {resource});
        const QString profile = m_profile;
        const QString endpoint = m_endpoint;
        QPointer<Lwm2mService> service = m_service;
        run(
            QStringLiteral("write"),
            path.toString(),
            tr("writing…"),
            [=](QObject *context, Done done) {
                return service->write(profile, endpoint, writePath, node, replace, context, done);
            },
            [this, path, resource, shown](const Lwm2mResponse &) {
                m_model->applyNode(path.toString(), resource);
                return tr("Wrote %1 to %2").arg(shown, path.toString());
            });
    });
    dialog->open();
}

void ResourceBrowserWidget::executeCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_executeAction->isEnabled())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("executeArgumentsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Execute %1").arg(path));
    const QString name = currentIndex().data().toString();
    dialog->setLabelText(tr("Execute %1 on %2.\n\nArguments (optional, e.g. 0='https://…',1):")
                             .arg(name, m_deviceName.isEmpty() ? m_endpoint : m_deviceName));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("E&xecute"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const QString arguments = dialog->textValue().trimmed();
        const QString profile = m_profile;
        const QString endpoint = m_endpoint;
        QPointer<Lwm2mService> service = m_service;
        run(
            QStringLiteral("execute"),
            path,
            tr("executing…"),
            [=](QObject *context, Done done) {
                return service->execute(profile, endpoint, path, arguments, context, done);
            },
            [this, path, arguments](const Lwm2mResponse &) {
                const QString message = arguments.isEmpty()
                                            ? tr("Executed %1").arg(path)
                                            : tr("Executed %1 with %2").arg(path, arguments);
                showMessage(int(BannerWidget::Kind::Information), message, QString());
                return message;
            });
    });
    dialog->open();
}

void ResourceBrowserWidget::observe(const QString &path, bool userAsked)
{
    const QString profile = m_profile;
    const QString endpoint = m_endpoint;
    QPointer<Lwm2mService> service = m_service;
    run(
        QStringLiteral("observe"),
        path,
        tr("starting observation…"),
        [=](QObject *context, Done done) {
            return service->observe(profile, endpoint, path, context, done);
        },
        [this, path, profile, endpoint](const Lwm2mResponse &r) {
            m_observed[observationKey(profile, endpoint)].insert(path);
            if (r.content.isValid())
                m_model->applyNode(path, r.content);
            m_model->setObserved(path, true);
            return tr("Observing %1").arg(path);
        },
        userAsked);
}

void ResourceBrowserWidget::toggleObserveCurrent()
{
    const QModelIndex index = currentIndex();
    const QString path = m_model->pathOf(index);
    if (path.isEmpty())
        return;
    if (!index.data(ResourceTreeModel::ObservedRole).toBool()) {
        observe(path, true);
        return;
    }
    const QString profile = m_profile;
    const QString endpoint = m_endpoint;
    QPointer<Lwm2mService> service = m_service;
    run(
        QStringLiteral("cancel-observation"),
        path,
        tr("stopping observation…"),
        [=](QObject *context, Done done) {
            return service->cancelObservation(profile, endpoint, path, context, done);
        },
        [this, path, profile, endpoint](const Lwm2mResponse &) {
            m_observed[observationKey(profile, endpoint)].remove(path);
            m_model->setObserved(path, false);
            return tr("Stopped observing %1").arg(path);
        });
}

void ResourceBrowserWidget::chartCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.data(ResourceTreeModel::NumericRole).toBool())
        return;
    const QString path = m_model->pathOf(index);
    // The chart lives on notifications: observe first when nobody does yet.
    if (!index.data(ResourceTreeModel::ObservedRole).toBool())
        observe(path, true);
    emit chartRequested(
        m_deviceId,
        m_deviceName,
        m_profile,
        m_endpoint,
        path,
        ResourceTreeModel::displayUnit(index.data(ResourceTreeModel::UnitRole).toString()));
}

void ResourceBrowserWidget::discoverCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_discoverAction->isEnabled())
        return;
    const QString endpoint = m_endpoint;
    const QString profile = m_profile;
    QPointer<Lwm2mService> service = m_service;
    run(
        QStringLiteral("discover"),
        path,
        tr("discovering…"),
        [=](QObject *context, Done done) {
            return service->request(
                profile,
                [endpoint, path](Lwm2mServerConnection &c) {
                    return c.client()->discover(endpoint, path);
                },
                context,
                done);
        },
        [this, path](const Lwm2mResponse &r) {
            QStringList links;
            for (const QJsonValue &link : r.objectLinks)
                links << linkText(link);
            const QString message = tr("%n link(s) below %1: %2", nullptr, int(links.size()))
                                        .arg(path, links.join(QStringLiteral(", ")));
            showMessage(int(BannerWidget::Kind::Information),
                        message,
                        detailsOf(QStringLiteral("discover"), path, r));
            return message;
        });
}

void ResourceBrowserWidget::writeAttributesCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_writeAttributesAction->isEnabled())
        return;
    auto *dialog = new WriteAttributesDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const QList<QPair<QString, QString>> attributes = dialog->attributes();
        QStringList shown;
        for (const auto &a : attributes)
            shown << a.first + QLatin1Char('=') + a.second;
        const QString endpoint = m_endpoint;
        const QString profile = m_profile;
        QPointer<Lwm2mService> service = m_service;
        run(
            QStringLiteral("write-attributes"),
            path,
            tr("writing attributes…"),
            [=](QObject *context, Done done) {
                return service->request(
                    profile,
                    [endpoint, path, attributes](Lwm2mServerConnection &c) {
                        return c.client()->writeAttributes(endpoint, path, attributes);
                    },
                    context,
                    done);
            },
            [this, path, shown](const Lwm2mResponse &) {
                const QString message = tr("Wrote the attributes %1 to %2")
                                            .arg(shown.join(QStringLiteral(", ")), path);
                showMessage(int(BannerWidget::Kind::Information), message, QString());
                return message;
            });
    });
    dialog->open();
}

void ResourceBrowserWidget::createInstanceCurrent()
{
    if (!m_createAction->isEnabled())
        return;
    QModelIndex object = currentIndex();
    if (object.data(ResourceTreeModel::LevelRole).toInt() == int(Level::Instance))
        object = object.parent();
    const QString objectPath = m_model->pathOf(object);
    int next = 0;
    for (int row = 0; row < m_model->rowCount(object); ++row)
        next = qMax(next,
                    Lwm2mPath::parse(m_model->pathOf(m_model->index(row, 0, object))).instanceId()
                        + 1);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("createInstanceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create instance of %1").arg(objectPath));
    dialog->setLabelText(
        tr("Create a new instance of %1 on %2.\n\nInstance ID:")
            .arg(object.data().toString(), m_deviceName.isEmpty() ? m_endpoint : m_deviceName));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, 65534);
    dialog->setIntValue(next);
    dialog->setOkButtonText(tr("&Create"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, objectPath] {
        const int id = dialog->intValue();
        const QString endpoint = m_endpoint;
        const QString profile = m_profile;
        QPointer<Lwm2mService> service = m_service;
        run(
            QStringLiteral("create"),
            objectPath,
            tr("creating…"),
            [=](QObject *context, Done done) {
                return service->request(
                    profile,
                    [endpoint, objectPath, id](Lwm2mServerConnection &c) {
                        return c.client()->create(
                            endpoint, objectPath, Lwm2mNode::instance(id, {}));
                    },
                    context,
                    done);
            },
            [this, objectPath, id](const Lwm2mResponse &r) {
                const Lwm2mPath location = Lwm2mPath::parse(r.location);
                const QString created = location.level() == Level::Instance
                                            ? location.toString()
                                            : QStringLiteral("%1/%2").arg(objectPath).arg(id);
                m_model->addInstance(created);
                setCurrentPath(created);
                read(created, false);
                const QString message = tr("Created instance %1").arg(created);
                showMessage(int(BannerWidget::Kind::Information), message, QString());
                return message;
            });
    });
    dialog->open();
}

void ResourceBrowserWidget::deleteInstanceCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_deleteAction->isEnabled())
        return;
    if (!m_messageBoxes) {
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
        m_messageBoxes = m_ownMessageBoxes.get();
    }
    const QString device = m_deviceName.isEmpty() ? m_endpoint : m_deviceName;
    if (!m_messageBoxes->confirm(this,
                                 tr("Delete instance %1?").arg(path),
                                 tr("Delete instance %1 from %2?").arg(path, device),
                                 tr("The device removes the instance and all its resources. This "
                                    "cannot be undone from FleetDesk."),
                                 tr("Delete instance %1").arg(path)))
        return;
    const QString endpoint = m_endpoint;
    const QString profile = m_profile;
    QPointer<Lwm2mService> service = m_service;
    run(
        QStringLiteral("delete"),
        path,
        tr("deleting…"),
        [=](QObject *context, Done done) {
            return service->request(
                profile,
                [endpoint, path](Lwm2mServerConnection &c) {
                    return c.client()->deleteInstance(endpoint, path);
                },
                context,
                done);
        },
        [this, path](const Lwm2mResponse &) {
            m_model->removeInstance(path);
            const QString message = tr("Deleted instance %1").arg(path);
            showMessage(int(BannerWidget::Kind::Information), message, QString());
            return message;
        });
}

void ResourceBrowserWidget::onNotification(const Lwm2mSample &sample)
{
    if (!m_bound || sample.profile != m_profile || sample.endpoint != m_endpoint)
        return;
    m_model->applyNode(sample.path, sample.node);
}

void ResourceBrowserWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("resourceContextMenu"));
    for (QAction *a :
         {m_readAction, m_writeAction, m_executeAction, m_observeAction, m_chartAction})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_discoverAction);
    menu.addAction(m_writeAttributesAction);
    menu.addSeparator();
    menu.addAction(m_createAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_copyValueAction);
    menu.addAction(m_copyPathAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
