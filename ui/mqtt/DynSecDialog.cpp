#include "DynSecDialog.h"

#include "AppIcons.h"
#include "DynSecListModel.h"
#include "HealthIcons.h"
#include "MessageBoxes.h"
#include "mqtt/DynSecClient.h"
#include "mqtt/DynSecProtocol.h"
#include "mqtt/MqttConnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

DynSecDialog::DynSecDialog(MqttConnection *connection,
                           const Dependencies &dependencies,
                           QWidget *parent)
    : QDialog(parent)
    , m_deps(dependencies)
    , m_connection(connection)
{
    Q_ASSERT(m_connection && m_deps.messageBoxes);
    setObjectName(QStringLiteral("dynSecDialog"));
    setWindowTitle(tr("Broker accounts — %1").arg(m_deps.brokerName));
    m_connection->setParent(this);
    m_client = new DynSecClient(m_connection, this);

    m_clientsModel = new DynSecListModel(DynSecListModel::Kind::Clients, this);
    m_rolesModel = new DynSecListModel(DynSecListModel::Kind::Roles, this);
    m_groupsModel = new DynSecListModel(DynSecListModel::Kind::Groups, this);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_connectionLabel->setText(tr("Connecting to %1…").arg(m_deps.brokerName));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountsTabWidget"));
    m_clientsView = makeTable(m_tabs, QStringLiteral("clientsTableView"), tr("Clients"));
    m_clientsView->setModel(m_clientsModel);
    auto *rolesView = makeTable(m_tabs, QStringLiteral("rolesTableView"), tr("Roles"));
    rolesView->setModel(m_rolesModel);
    auto *groupsView = makeTable(m_tabs, QStringLiteral("groupsTableView"), tr("Groups"));
    groupsView->setModel(m_groupsModel);
    m_tabs->addTab(m_clientsView, tr("Clie&nts"));
    m_tabs->addTab(rolesView, tr("R&oles"));
    m_tabs->addTab(groupsView, tr("&Groups"));
    const int character = fontMetrics().averageCharWidth();
    m_clientsView->setColumnWidth(DynSecListModel::UsernameColumn, character * 24);
    m_clientsView->setColumnWidth(DynSecListModel::StateColumn, character * 12);
    m_clientsView->setColumnWidth(DynSecListModel::ClientIdColumn, character * 16);
    m_clientsView->setColumnWidth(DynSecListModel::ClientRolesColumn, character * 28);
    m_clientsView->setColumnWidth(DynSecListModel::ClientGroupsColumn, character * 14);
    rolesView->setColumnWidth(DynSecListModel::RoleNameColumn, character * 28);
    rolesView->setColumnWidth(DynSecListModel::AclsColumn, character * 70);
    groupsView->setColumnWidth(DynSecListModel::GroupNameColumn, character * 24);

    m_newClientButton = new QPushButton(tr("New &client…"), this);
    m_newClientButton->setObjectName(QStringLiteral("newClientPushButton"));
    m_newClientButton->setToolTip(tr("Create a client (user name and password) on the broker."));
    m_newDeviceButton = new QPushButton(tr("New &device account…"), this);
    m_newDeviceButton->setObjectName(QStringLiteral("newDeviceAccountPushButton"));
    m_newDeviceButton->setToolTip(
        tr("Create the account of one device: client ID with its own role fd-device-ID, which "
           "allows only the device's own topics fd/v1/ID/…"));
    m_enableButton = new QPushButton(tr("&Enable"), this);
    m_enableButton->setObjectName(QStringLiteral("enablePushButton"));
    m_disableButton = new QPushButton(tr("D&isable"), this);
    m_disableButton->setObjectName(QStringLiteral("disablePushButton"));
    m_disableButton->setToolTip(
        tr("The broker refuses the client's logins and closes its open connections."));
    m_deleteButton = new QPushButton(tr("De&lete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    for (QPushButton *button : {m_newClientButton,
                                m_newDeviceButton,
                                m_enableButton,
                                m_disableButton,
                                m_deleteButton,
                                m_refreshButton}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        button->setAutoDefault(false);
    }
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_newClientButton);
    buttons->addWidget(m_newDeviceButton);
    buttons->addSpacing(fontMetrics().height());
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_disableButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addLayout(buttons);

    m_statusIconLabel = new QLabel(this);
    m_statusIconLabel->setObjectName(QStringLiteral("statusIconLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Result"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *status = new QHBoxLayout;
    status->addWidget(m_statusIconLabel, 0, Qt::AlignTop);
    status->addWidget(m_statusLabel, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connectionLabel);
    layout->addLayout(top, 1);
    layout->addLayout(status);
    layout->addWidget(close);
    resize(character * 150, fontMetrics().height() * 28);

    connect(m_newClientButton, &QPushButton::clicked, this, [this] { askNewAccount(false); });
    connect(m_newDeviceButton, &QPushButton::clicked, this, [this] { askNewAccount(true); });
    connect(
        m_enableButton, &QPushButton::clicked, this, [this] { setSelectedClientEnabled(true); });
    connect(
        m_disableButton, &QPushButton::clicked, this, [this] { setSelectedClientEnabled(false); });
    connect(m_deleteButton, &QPushButton::clicked, this, &DynSecDialog::deleteSelectedClient);
    connect(m_refreshButton, &QPushButton::clicked, this, &DynSecDialog::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DynSecDialog::updateButtons);
    connect(m_clientsView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DynSecDialog::updateButtons);
    connect(m_clientsModel, &QAbstractItemModel::modelReset, this, &DynSecDialog::updateButtons);
    connect(m_connection,
            &MqttConnection::stateChanged,
            this,
            [this](MqttConnection::State state, const QString &reason) {
                const QString text = state == MqttConnection::State::Connected
                                         ? tr("Connected to %1.").arg(m_deps.brokerName)
                                         : MqttConnection::stateText(state);
                m_connectionLabel->setText(reason.isEmpty()
                                                   || state == MqttConnection::State::Connected
                                               ? text
                                               : tr("%1: %2").arg(text, reason));
            });

    showStatus(true, QString());
    m_connection->connectToBroker();
    refresh();
    m_connectRequested = true;
}

DynSecDialog::~DynSecDialog()
{
    delete m_client; // before its connection (both are children; the client goes first)
}

QString DynSecDialog::statusText() const
{
    return m_statusLabel->text();
}

void DynSecDialog::showStatus(bool ok, const QString &text)
{
    m_statusLabel->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = text.isEmpty() ? QIcon()
                       : ok           ? HealthIcons::icon(Health::Online)
                                      : AppIcons::error();
    m_statusIconLabel->setPixmap(
        icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

QString DynSecDialog::selectedClient() const
{
    const QModelIndexList rows = m_clientsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_clientsModel->nameAt(rows.first().row());
}

void DynSecDialog::selectClient(const QString &username)
{
    const int row = m_clientsModel->rowOf(username);
    if (row >= 0)
        m_clientsView->selectRow(row);
    else
        m_clientsView->clearSelection();
}

void DynSecDialog::updateButtons()
{
    const bool idle = m_busy == 0;
    const bool clientsTab = m_tabs->currentWidget() == m_clientsView;
    const int row = m_clientsModel->rowOf(selectedClient());
    const bool selected = clientsTab && row >= 0;
    m_newClientButton->setEnabled(idle);
    m_newDeviceButton->setEnabled(idle);
    m_enableButton->setEnabled(idle && selected && m_clientsModel->isDisabled(row));
    m_disableButton->setEnabled(idle && selected && !m_clientsModel->isDisabled(row));
    m_deleteButton->setEnabled(idle && selected);
    m_refreshButton->setEnabled(idle);
}

void DynSecDialog::refresh()
{
    // Three requests at once; the tables follow as each answers.
    struct Round
    {
        int pending = 3;
        bool ok = true;
        QString error;
    };
    // After a refusal the connection gives up (Disconnected); Refresh tries again.
    if (m_connectRequested && m_connection->state() == MqttConnection::State::Disconnected)
        m_connection->connectToBroker();
    auto round = std::make_shared<Round>();
    ++m_busy;
    updateButtons();
    const QPointer<DynSecDialog> self(this);
    auto finishOne = [this, self, round](DynSecReply *reply, const std::function<void()> &apply) {
        if (!self)
            return;
        if (reply->error() == DynSecReply::Error::None) {
            apply();
        } else if (round->ok) {
            round->ok = false;
            round->error = reply->errorString();
        }
        if (--round->pending > 0)
            return;
        --m_busy;
        updateButtons();
        if (!round->ok)
            showStatus(false, tr("The accounts could not be listed: %1").arg(round->error));
        emit refreshed(round->ok);
    };
    DynSecReply *clients = m_client->listClients();
    connect(clients, &DynSecReply::finished, this, [=] {
        finishOne(clients, [=] {
            const QString keep = selectedClient();
            m_clientsModel->setClients(DynSecProtocol::clients(clients->data()));
            selectClient(keep);
        });
    });
    DynSecReply *roles = m_client->listRoles();
    connect(roles, &DynSecReply::finished, this, [=] {
        finishOne(roles, [=] { m_rolesModel->setRoles(DynSecProtocol::roles(roles->data())); });
    });
    DynSecReply *groups = m_client->listGroups();
    connect(groups, &DynSecReply::finished, this, [=] {
        finishOne(groups,
                  [=] { m_groupsModel->setGroups(DynSecProtocol::groups(groups->data())); });
    });
}

void DynSecDialog::runChange(DynSecReply *reply,
                             const QString &action,
                             const QJsonObject &parameters,
                             const QString &doneText)
{
    ++m_busy;
    updateButtons();
    showStatus(true, tr("Working…"));
    connect(reply, &DynSecReply::finished, this, [=] {
        const bool ok = reply->error() == DynSecReply::Error::None;
        JournalRepository::AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.actor = JournalRepository::currentActor();
        entry.action = action;
        entry.parameters = parameters;
        entry.parameters.insert(QStringLiteral("broker"), m_deps.brokerName);
        entry.result
            = ok ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + reply->errorString();
        if (m_deps.audit)
            m_deps.audit(entry);
        --m_busy;
        const QString message = ok ? doneText : reply->errorString();
        showStatus(ok, message);
        updateButtons();
        emit changeFinished(ok, message);
        refresh();
    });
}

void DynSecDialog::askNewAccount(bool deviceAccount)
{
    auto *form = new QDialog(this);
    form->setObjectName(deviceAccount ? QStringLiteral("newDeviceAccountDialog")
                                      : QStringLiteral("newClientDialog"));
    form->setWindowTitle(deviceAccount ? tr("New device account") : tr("New client"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(form);
    name->setObjectName(QStringLiteral("nameLineEdit"));
    auto *textName = new QLineEdit(form);
    textName->setObjectName(QStringLiteral("textNameLineEdit"));
    auto *password = new QLineEdit(form);
    password->setObjectName(QStringLiteral("passwordLineEdit"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Leave empty to generate one"));
    auto *fields = new QFormLayout;
    fields->addRow(deviceAccount ? tr("Device &ID:") : tr("&User name:"), name);
    fields->addRow(tr("&Display name:"), textName);
    fields->addRow(tr("&Password:"), password);
    auto *hint = new QLabel(deviceAccount ? tr("Creates the role fd-device-ID, which allows only "
                                               "the device's own topics, and the client ID.")
                                          : tr("The new client has no role until you give it one."),
                            form);
    hint->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    box->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, form, [=](const QString &text) {
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(deviceAccount ? DynSecProtocol::deviceIdProblem(text).isEmpty()
                                       : !text.trimmed().isEmpty());
    });
    connect(box, &QDialogButtonBox::accepted, form, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, form, &QDialog::reject);
    auto *layout = new QVBoxLayout(form);
    layout->addLayout(fields);
    layout->addWidget(hint);
    layout->addWidget(box);
    connect(form, &QDialog::accepted, this, [=] {
        if (deviceAccount)
            createDeviceAccount(name->text(), password->text().toUtf8(), textName->text());
        else
            createClient(name->text().trimmed(), password->text().toUtf8(), textName->text());
    });
    form->open(); // window-modal, never a nested event loop
}

void DynSecDialog::createClient(const QString &username,
                                const QByteArray &password,
                                const QString &textName)
{
    DynSecProtocol::NewClient client;
    client.username = username;
    client.password = password.isEmpty() ? DynSecProtocol::generatePassword() : password;
    client.textName = textName;
    QString done = tr("Created the client %1.").arg(username);
    if (password.isEmpty())
        done += QLatin1Char(' ')
                + tr("Its password is shown only now; FleetDesk does not keep it: %1")
                      .arg(QString::fromUtf8(client.password));
    runChange(m_client->createClient(client),
              QStringLiteral("mqtt_dynsec_create_client"),
              {{QStringLiteral("username"), username},
               {QStringLiteral("textname"), textName},
               {QStringLiteral("roles"), QJsonArray()}},
              done);
}

void DynSecDialog::createDeviceAccount(const QString &deviceId,
                                       const QByteArray &password,
                                       const QString &textName)
{
    const QByteArray secret = password.isEmpty() ? DynSecProtocol::generatePassword() : password;
    const QString role = DynSecProtocol::deviceRoleName(deviceId);
    QJsonArray acls;
    for (const auto &acl : DynSecProtocol::deviceAccountAcls(deviceId))
        acls.append(QJsonObject{{QStringLiteral("acltype"), acl.type},
                                {QStringLiteral("topic"), acl.topic},
                                {QStringLiteral("priority"), acl.priority},
                                {QStringLiteral("allow"), acl.allow}});
    QString done = tr("Created the device account %1 with the role %2.").arg(deviceId, role);
    if (password.isEmpty())
        done += QLatin1Char(' ')
                + tr("Its password is shown only now; FleetDesk does not keep it: %1")
                      .arg(QString::fromUtf8(secret));
    runChange(m_client->createDeviceAccount(deviceId, secret, textName),
              QStringLiteral("mqtt_dynsec_create_device_account"),
              {{QStringLiteral("username"), deviceId},
               {QStringLiteral("rolename"), role},
               {QStringLiteral("acls"), acls}},
              done);
}

void DynSecDialog::setSelectedClientEnabled(bool enabled)
{
    const QString username = selectedClient();
    if (username.isEmpty() || isBusy())
        return;
    runChange(enabled ? m_client->enableClient(username) : m_client->disableClient(username),
              enabled ? QStringLiteral("mqtt_dynsec_enable_client")
                      : QStringLiteral("mqtt_dynsec_disable_client"),
              {{QStringLiteral("username"), username}},
              enabled ? tr("Enabled the client %1.").arg(username)
                      : tr("Disabled the client %1: the broker refuses its logins.").arg(username));
}

void DynSecDialog::deleteSelectedClient()
{
    const QString username = selectedClient();
    if (username.isEmpty() || isBusy())
        return;
    const int row = m_clientsModel->rowOf(username);
    const QString role = DynSecProtocol::deviceRoleName(username);
    // A device account (its own fd-device-<id> role) goes as a whole: client and role.
    const bool deviceAccount = m_clientsModel->index(row, DynSecListModel::ClientRolesColumn)
                                   .data()
                                   .toString()
                                   .split(QStringLiteral(", "))
                                   .contains(role);
    const QString informative
        = deviceAccount
              ? tr("The client %1 and its role %2 are deleted. Devices using this account can no "
                   "longer connect; open connections are closed.")
                    .arg(username, role)
              : tr("Devices or programs using this account can no longer connect; open "
                   "connections are closed.");
    if (!m_deps.messageBoxes->confirm(this,
                                      tr("Delete account"),
                                      tr("Delete the broker account %1?").arg(username),
                                      informative,
                                      tr("Delete")))
        return;
    if (deviceAccount)
        runChange(m_client->deleteDeviceAccount(username),
                  QStringLiteral("mqtt_dynsec_delete_device_account"),
                  {{QStringLiteral("username"), username}, {QStringLiteral("rolename"), role}},
                  tr("Deleted the device account %1.").arg(username));
    else
        runChange(m_client->deleteClient(username),
                  QStringLiteral("mqtt_dynsec_delete_client"),
                  {{QStringLiteral("username"), username}},
                  tr("Deleted the client %1.").arg(username));
}
