#include "ConnectionManagerDialog.h"

#include "AppIcons.h"
#include "BackgroundTask.h"
#include "FileDialogs.h"
#include "HealthIcons.h"
#include "MessageBoxes.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "common/Logging.h"
#include "mqtt/DynSecDialog.h"
#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttConnectionSettings.h"
#include "profiles/ProfileProbe.h"
#include "profiles/ProfileStore.h"
#include "profiles/SandboxImport.h"
#include "security/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

struct SaveResult
{
    bool ok = false;
    QString error;
};

struct SandboxResult
{
    bool ok = false;
    QVector<SandboxImport::Item> items;
    QString error;
};

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(const Dependencies &dependencies, QWidget *parent)
    : QDialog(parent)
    , m_deps(dependencies)
    , m_model(new ProfileListModel(this))
    , m_table(new QTableView(this))
{
    Q_ASSERT(m_deps.profiles && m_deps.secrets && m_deps.fileDialogs && m_deps.messageBoxes);
    setObjectName(QStringLiteral("connectionManagerDialog"));
    setWindowTitle(tr("Connections"));
    m_savePool.setMaxThreadCount(1);

    m_model->setStore(m_deps.profiles);
    m_table->setObjectName(QStringLiteral("profileTableView"));
    m_table->setAccessibleName(tr("Connection profiles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ProfileListModel::NameColumn, character * 22);
    m_table->setColumnWidth(ProfileListModel::KindColumn, character * 20);
    m_table->setColumnWidth(ProfileListModel::UrlColumn, character * 36);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addPushButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editPushButton"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removePushButton"));
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testPushButton"));
    m_testButton->setToolTip(
        tr("Check that FleetDesk can reach the server and that its certificate "
           "verifies. Sends no password."));
    m_accountsButton = new QPushButton(tr("Broker acc&ounts…"), this);
    m_accountsButton->setObjectName(QStringLiteral("brokerAccountsPushButton"));
    m_accountsButton->setToolTip(tr("List and manage the broker's accounts (mosquitto dynamic "
                                    "security). The profile's account must be an administrator."));
    m_sandboxButton = new QPushButton(tr("Import from &sandbox…"), this);
    m_sandboxButton->setObjectName(QStringLiteral("importSandboxPushButton"));
    m_sandboxButton->setToolTip(tr("Add the servers of a running FleetDesk sandbox from its "
                                   "sandbox.json file."));
    for (QPushButton *button : {m_addButton,
                                m_editButton,
                                m_removeButton,
                                m_testButton,
                                m_accountsButton,
                                m_sandboxButton}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        button->setAutoDefault(false);
    }

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(fontMetrics().height());
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_accountsButton);
    buttons->addStretch();
    buttons->addWidget(m_sandboxButton);

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(buttons);

    m_statusIconLabel = new QLabel(this);
    m_statusIconLabel->setObjectName(QStringLiteral("statusIconLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("testResultLabel"));
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
    layout->addLayout(top, 1);
    layout->addLayout(status);
    layout->addWidget(close);
    resize(character * 150, fontMetrics().height() * 26);

    connect(m_addButton, &QPushButton::clicked, this, &ConnectionManagerDialog::addProfile);
    connect(
        m_editButton, &QPushButton::clicked, this, &ConnectionManagerDialog::editSelectedProfile);
    connect(m_removeButton,
            &QPushButton::clicked,
            this,
            &ConnectionManagerDialog::removeSelectedProfile);
    connect(
        m_testButton, &QPushButton::clicked, this, &ConnectionManagerDialog::testSelectedProfile);
    connect(m_sandboxButton, &QPushButton::clicked, this, &ConnectionManagerDialog::importSandbox);
    connect(m_accountsButton,
            &QPushButton::clicked,
            this,
            &ConnectionManagerDialog::openBrokerAccounts);
    connect(m_table, &QTableView::activated, this, &ConnectionManagerDialog::editSelectedProfile);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ConnectionManagerDialog::updateButtons);
    connect(
        m_model, &QAbstractItemModel::modelReset, this, &ConnectionManagerDialog::updateButtons);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut,
            &QShortcut::activated,
            this,
            &ConnectionManagerDialog::removeSelectedProfile);

    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    showStatus(true, QString());
}

ConnectionManagerDialog::~ConnectionManagerDialog()
{
    // A save still running finishes before the dialog goes (it is a small file).
    m_savePool.waitForDone();
}

int ConnectionManagerDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConnectionManagerDialog::updateButtons()
{
    const ProfileStore::Entry *entry = m_model->entry(selectedRow());
    m_editButton->setEnabled(entry);
    m_removeButton->setEnabled(entry);
    m_testButton->setEnabled(entry && entry->isValid());
    m_accountsButton->setEnabled(entry && entry->isValid()
                                 && entry->profile.kind == ConnectionProfile::Kind::MqttBroker);
}

void ConnectionManagerDialog::showStatus(bool ok, const QString &text)
{
    m_statusLabel->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = text.isEmpty() ? QIcon()
                       : ok           ? HealthIcons::icon(Health::Online)
                                      : AppIcons::error();
    m_statusIconLabel->setPixmap(
        icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void ConnectionManagerDialog::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionManagerDialog::addProfile()
{
    openProfileDialog(ConnectionProfile(), true);
}

void ConnectionManagerDialog::editSelectedProfile()
{
    const ProfileStore::Entry *entry = m_model->entry(selectedRow());
    if (entry)
        openProfileDialog(entry->profile, false);
}

void ConnectionManagerDialog::openProfileDialog(const ConnectionProfile &profile, bool isNew)
{
    QStringList otherNames;
    for (const ProfileStore::Entry &entry : m_deps.profiles->entries()) {
        if (isNew || entry.profile.name != profile.name)
            otherNames << entry.profile.name;
    }
    auto *dialog = new ProfileDialog(m_deps.fileDialogs, m_deps.messageBoxes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile, isNew, otherNames);
    const QString originalName = isNew ? QString() : profile.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalName] {
        applyProfileDialog(dialog, originalName);
    });
    dialog->open(); // window-modal, does not block the event loop
}

void ConnectionManagerDialog::applyProfileDialog(ProfileDialog *dialog, const QString &originalName)
{
    const ConnectionProfile profile = dialog->profile();
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    QString oldSecretKey;
    bool oldNeededSecret = false;
    if (!originalName.isEmpty()) {
        if (const ProfileStore::Entry *old = m_deps.profiles->find(originalName)) {
            oldSecretKey = old->profile.secretKey();
            oldNeededSecret = old->profile.needsSecret();
        }
    }

    QString error;
    if (!m_deps.profiles->put(profile, &error)) {
        showStatus(false, tr("The profile was not saved: %1").arg(error));
        return;
    }
    if (renamed)
        m_deps.profiles->remove(originalName);
    m_model->refresh();
    selectProfile(profile.name);
    emit profilesChanged();
    save();

    // The keychain entry is named after the profile's kind and name: follow it when either changed.
    QByteArray secret = dialog->secret();
    const bool keyChanged = !oldSecretKey.isEmpty() && oldSecretKey != profile.secretKey();
    if (dialog->hasNewSecret()) {
        writeSecret(profile, secret);
        if (keyChanged && oldNeededSecret)
            removeSecret(oldSecretKey);
    } else if (profile.needsSecret() && oldNeededSecret && keyChanged) {
        moveSecret(oldSecretKey, profile);
    } else if (!profile.needsSecret() && oldNeededSecret) {
        removeSecret(oldSecretKey); // no longer needed: do not leave it in the keychain
    }
    secret.fill('\0');
    qCInfo(lcUi) << "profile saved" << profile.name;
}

void ConnectionManagerDialog::writeSecret(const ConnectionProfile &profile,
                                          const QByteArray &secret)
{
    const QPointer<ConnectionManagerDialog> guard(this);
    const QString name = profile.name;
    m_deps.secrets->write(
        profile.secretKey(), secret, [guard, name](const SecretStore::Result &result) {
            if (!guard)
                return;
            if (!result.ok) {
                guard->showStatus(
                    false,
                    tr("The profile “%1” was saved, but its secret could not be stored in "
                       "the system keychain: %2")
                        .arg(name, result.error));
            }
            emit guard->secretStored(name, result.ok, result.error);
        });
}

void ConnectionManagerDialog::moveSecret(const QString &fromKey, const ConnectionProfile &to)
{
    const QPointer<ConnectionManagerDialog> guard(this);
    SecretStore *secrets = m_deps.secrets;
    m_deps.secrets->read(fromKey, [guard, secrets, fromKey, to](const SecretStore::Result &read) {
        if (!guard || !read.ok)
            return;
        guard->writeSecret(to, read.secret);
        secrets->remove(fromKey, [](const SecretStore::Result &) {});
    });
}

void ConnectionManagerDialog::removeSecret(const QString &key)
{
    m_deps.secrets->remove(key, [key](const SecretStore::Result &result) {
        if (!result.ok)
            qCWarning(lcUi) << "could not remove keychain entry" << key << result.error;
    });
}

void ConnectionManagerDialog::removeSelectedProfile()
{
    const ProfileStore::Entry *entry = m_model->entry(selectedRow());
    if (!entry)
        return;
    const ConnectionProfile profile = entry->profile;
    const bool confirmed = m_deps.messageBoxes->confirm(
        this,
        tr("Remove connection?"),
        tr("Remove the connection profile “%1”?").arg(profile.name),
        tr("Its stored secret is removed from the system keychain as well. Devices bound to this "
           "profile stay in the cache."),
        tr("Remove"));
    if (!confirmed)
        return;
    m_deps.profiles->remove(profile.name);
    if (profile.needsSecret())
        removeSecret(profile.secretKey());
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    emit profilesChanged();
    save();
    showStatus(true, tr("Removed “%1”.").arg(profile.name));
}

void ConnectionManagerDialog::testSelectedProfile()
{
    const ProfileStore::Entry *entry = m_model->entry(selectedRow());
    if (!entry || !entry->isValid())
        return;
    if (m_probe)
        m_probe->deleteLater(); // its answer no longer matters
    const QString name = entry->profile.name;
    m_probe = new ProfileProbe(this);
    connect(m_probe, &ProfileProbe::finished, this, [this, name](bool ok, const QString &message) {
        showStatus(ok,
                   ok ? tr("“%1”: %2").arg(name, message)
                      : tr("“%1” could not be reached: %2").arg(name, message));
        if (auto *probe = qobject_cast<ProfileProbe *>(sender()))
            probe->deleteLater();
        emit testFinished(name, ok, message);
    });
    m_statusIconLabel->clear();
    m_statusLabel->setText(tr("Testing “%1”…").arg(name));
    m_probe->start(entry->profile);
}

void ConnectionManagerDialog::importSandbox()
{
    const QString path = m_deps.fileDialogs->openFileName(this,
                                                          tr("Import the sandbox's connections"),
                                                          QString(),
                                                          tr("Sandbox description (sandbox.json)"));
    if (path.isEmpty())
        return;
    m_statusIconLabel->clear();
    m_statusLabel->setText(tr("Reading %1…").arg(path));
    BackgroundTask::run(
        this,
        [path] {
            SandboxResult result;
            result.ok = SandboxImport::read(path, &result.items, &result.error);
            return result;
        },
        [this](const SandboxResult &result) {
            if (!result.ok) {
                showStatus(false, tr("The sandbox file could not be read: %1").arg(result.error));
                return;
            }
            QStringList added;
            for (const SandboxImport::Item &item : result.items) {
                QString error;
                if (!m_deps.profiles->put(item.profile, &error)) {
                    qCWarning(lcUi) << "sandbox profile refused" << item.profile.name << error;
                    continue;
                }
                if (!item.secret.isEmpty())
                    writeSecret(item.profile, item.secret);
                added << item.profile.name;
            }
            m_model->refresh();
            emit profilesChanged();
            save();
            showStatus(!added.isEmpty(),
                       added.isEmpty() ? tr("The sandbox file lists no usable connection.")
                                       : tr("Added %1.").arg(added.join(QStringLiteral(", "))));
        });
}

void ConnectionManagerDialog::save()
{
    const ProfileStore snapshot = *m_deps.profiles;
    BackgroundTask::run(
        this,
        [snapshot] {
            SaveResult result;
            result.ok = snapshot.save(&result.error);
            return result;
        },
        [this](const SaveResult &result) {
            if (!result.ok) {
                showStatus(false, tr("The profiles could not be saved: %1").arg(result.error));
                qCWarning(lcUi) << "saving profiles failed:" << result.error;
            }
            emit profilesSaved(result.ok, result.error);
        },
        &m_savePool);
}

void ConnectionManagerDialog::openBrokerAccounts()
{
    const ProfileStore::Entry *entry = m_model->entry(selectedRow());
    if (!entry || !entry->isValid() || entry->profile.kind != ConnectionProfile::Kind::MqttBroker)
        return;
    const ConnectionProfile profile = entry->profile;
    const QPointer<ConnectionManagerDialog> self(this);
    auto open = [this, self, profile](const QByteArray &secret) {
        if (!self)
            return;
        DynSecDialog::Dependencies deps;
        deps.messageBoxes = m_deps.messageBoxes;
        deps.audit = m_deps.audit;
        deps.brokerName = profile.name;
        auto *dialog = new DynSecDialog(
            new MosquittoConnection(MqttConnectionSettings::fromProfile(profile, secret)),
            deps,
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        emit brokerAccountsOpened(dialog);
    };
    if (!profile.needsSecret()) {
        open(QByteArray());
        return;
    }
    // The keychain answers asynchronously: the GUI thread never waits for it.
    m_deps.secrets->read(profile.secretKey(), [this, self, open](const SecretStore::Result &r) {
        if (!self)
            return;
        if (!r.ok) {
            showStatus(false, tr("The profile's password could not be read: %1").arg(r.error));
            return;
        }
        open(r.secret);
    });
}
