#include "campaign/FirmwareLibraryDialog.h"

#include "BackgroundTask.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "firmware/FirmwareServer.h"
#include "store/CacheDatabase.h"
#include "store/JournalRepository.h"

#include <QAtomicInt>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr quint16 DefaultPort = 8080;

// What a worker hands back: the outcome of the operation and the library as it is afterwards.
struct Outcome
{
    bool opened = false;
    bool ok = false;
    bool duplicate = false;
    QString message;
    QVector<FirmwareImageRecord> images;
    QVector<FirmwareLibrary::ModelKey> keys;
    QHash<QString, QHash<QString, int>> devices;
};

// A cache connection name no other task uses (one counter for every kind of task: a static in
// the template below would be one counter per instantiation).
QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("fleetdesk-firmware-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs work on the calling (worker) thread with a cache connection of its own, then reads the
// library back. write: a read-only cache is refused before work runs.
template<typename Work>
Outcome withLibrary(const QString &dbPath, const DeviceList &fleet, bool write, Work work)
{
    const QString name = connectionName();
    Outcome outcome;
    const CacheDatabase::OpenResult opened
        = CacheDatabase::open(dbPath, CacheDatabase::Kind::Fleet, name);
    if (!opened.ok()) {
        outcome.message = opened.message;
        return outcome;
    }
    outcome.opened = true;
    {
        FirmwareLibrary library(QSqlDatabase::database(name),
                                FirmwareLibrary::defaultDirectory(dbPath));
        if (write && opened.readOnly)
            outcome.message = FirmwareLibraryDialog::tr(
                "The fleet cache is read-only (it belongs to a newer FleetDesk); nothing was "
                "changed.");
        else
            work(library, outcome);
        QString error;
        outcome.images = library.list(&error);
        outcome.keys = library.modelKeys();
        for (const FirmwareImageRecord &r : std::as_const(outcome.images)) {
            if (!outcome.devices.contains(r.model))
                outcome.devices.insert(r.model, FirmwareLibrary::devicesPerVersion(fleet, r.model));
        }
        if (!error.isEmpty() && outcome.message.isEmpty())
            outcome.message = error;
    }
    CacheDatabase::close(name);
    return outcome;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = QString())
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!toolTip.isEmpty())
        cell->setToolTip(toolTip);
    return cell;
}

} // namespace

FirmwareLibraryDialog::FirmwareLibraryDialog(const Dependencies &dependencies, QWidget *parent)
    : QDialog(parent)
    , m_deps(dependencies)
    , m_directory(FirmwareLibrary::defaultDirectory(dependencies.fleetDbPath))
{
    if (!m_deps.fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_deps.fileDialogs = m_ownFileDialogs.get();
    }
    if (!m_deps.messageBoxes) {
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
        m_deps.messageBoxes = m_ownMessageBoxes.get();
    }
    if (m_deps.actor.isEmpty())
        m_deps.actor = JournalRepository::currentActor();
    m_server = m_deps.server ? m_deps.server : new FirmwareServer(m_directory, this);
    connect(m_server,
            &FirmwareServer::requestFinished,
            this,
            [this](const FirmwareServer::RequestLog &entry) {
                m_lastRequest->setText(entry.toString());
            });
    buildUi();
    updateServerState();
    reload();
}

FirmwareLibraryDialog::~FirmwareLibraryDialog() = default;

void FirmwareLibraryDialog::buildUi()
{
    setObjectName(QStringLiteral("firmwareLibraryDialog"));
    setWindowTitle(tr("Firmware library"));

    auto *intro = new QLabel(
        tr("Images are checked when they are imported: header, SHA-256 and, where a model has a "
           "signing key, the signature. Copies are kept in %1.")
            .arg(QDir::toNativeSeparators(m_directory)),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("imagesTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Model"),
                                        tr("Version"),
                                        tr("Size"),
                                        tr("Signature"),
                                        tr("Devices on it"),
                                        tr("Imported"),
                                        tr("Download URL")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });

    m_importButton = new QPushButton(tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_keyButton = new QPushButton(tr("Signing &key…"), this);
    m_keyButton->setObjectName(QStringLiteral("keyButton"));
    m_urlButton = new QPushButton(tr("Download &URL…"), this);
    m_urlButton->setObjectName(QStringLiteral("urlButton"));
    connect(m_importButton, &QPushButton::clicked, this, &FirmwareLibraryDialog::chooseAndImport);
    connect(m_removeButton, &QPushButton::clicked, this, &FirmwareLibraryDialog::askRemove);
    connect(m_keyButton, &QPushButton::clicked, this, &FirmwareLibraryDialog::askModelKey);
    connect(m_urlButton, &QPushButton::clicked, this, &FirmwareLibraryDialog::askExternalUrl);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_keyButton);
    buttons->addWidget(m_urlButton);
    buttons->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The built-in server.
    auto *serverGroup = new QGroupBox(tr("Built-in firmware server"), this);
    serverGroup->setObjectName(QStringLiteral("serverGroupBox"));
    m_interface = new QComboBox(serverGroup);
    m_interface->setObjectName(QStringLiteral("interfaceComboBox"));
    m_interface->addItem(tr("All interfaces"), QStringLiteral("0.0.0.0"));
    for (const FirmwareServer::InterfaceAddress &a : FirmwareServer::interfaceAddresses())
        m_interface->addItem(a.label, a.address.toString());
    if (m_interface->count() > 1)
        m_interface->setCurrentIndex(1); // the first real address: what a technician wants
    m_port = new QSpinBox(serverGroup);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_https = new QCheckBox(tr("HTTPS"), serverGroup);
    m_https->setObjectName(QStringLiteral("httpsCheckBox"));
    m_certificate = new QLineEdit(serverGroup);
    m_certificate->setObjectName(QStringLiteral("certificateLineEdit"));
    m_certificate->setPlaceholderText(tr("certificate (PEM)"));
    m_key = new QLineEdit(serverGroup);
    m_key->setObjectName(QStringLiteral("keyLineEdit"));
    m_key->setPlaceholderText(tr("private key (PEM)"));
    auto *browseCertificate = new QPushButton(tr("Browse…"), serverGroup);
    browseCertificate->setObjectName(QStringLiteral("browseCertificateButton"));
    auto *browseKey = new QPushButton(tr("Browse…"), serverGroup);
    browseKey->setObjectName(QStringLiteral("browseKeyButton"));
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        const QString path = browse(tr("Server certificate"), tr("PEM files (*.pem *.crt)"));
        if (!path.isEmpty())
            m_certificate->setText(path);
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = browse(tr("Server private key"), tr("PEM files (*.pem *.key)"));
        if (!path.isEmpty())
            m_key->setText(path);
    });
    connect(m_https, &QCheckBox::toggled, this, [this] { updateServerState(); });
    m_startButton = new QPushButton(tr("&Start"), serverGroup);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton(tr("S&top"), serverGroup);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_startButton, &QPushButton::clicked, this, [this] { startServer(); });
    connect(m_stopButton, &QPushButton::clicked, this, &FirmwareLibraryDialog::stopServer);
    m_serverStatus = new QLabel(serverGroup);
    m_serverStatus->setObjectName(QStringLiteral("serverStatusLabel"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastRequest = new QLabel(tr("none yet"), serverGroup);
    m_lastRequest->setObjectName(QStringLiteral("lastRequestLabel"));
    m_lastRequest->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(browseCertificate);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browseKey);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startButton);
    startRow->addWidget(m_stopButton);
    startRow->addStretch();
    auto *form = new QFormLayout(serverGroup);
    form->addRow(tr("Interface:"), m_interface);
    form->addRow(tr("Port:"), m_port);
    form->addRow(QString(), m_https);
    form->addRow(tr("Certificate:"), certRow);
    form->addRow(tr("Private key:"), keyRow);
    form->addRow(QString(), startRow);
    form->addRow(tr("Address:"), m_serverStatus);
    form->addRow(tr("Last request:"), m_lastRequest);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(serverGroup);
    layout->addWidget(close);
    resize(1040, 600);
    updateButtons();
}

void FirmwareLibraryDialog::finishOperation(bool ok, const QString &message)
{
    m_status->setText(message);
    m_status->setProperty("refused", !ok);
    QFont font = m_status->font();
    font.setBold(!ok); // a refusal stands out without a colour of its own (both themes)
    m_status->setFont(font);
    emit operationFinished(ok, message);
}

void FirmwareLibraryDialog::reload()
{
    ++m_pending;
    updateButtons();
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet] {
            return withLibrary(
                dbPath, fleet, false, [](FirmwareLibrary &, Outcome &o) { o.ok = true; });
        },
        [this](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            if (!o.opened || !o.message.isEmpty())
                finishOperation(false, tr("The library cannot be read: %1").arg(o.message));
            emit reloaded();
        });
}

void FirmwareLibraryDialog::importFile(const QString &path, bool replace)
{
    ++m_pending;
    updateButtons();
    const QString name = QFileInfo(path).fileName();
    m_status->setText(tr("Checking %1…").arg(name));
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet, actor = m_deps.actor, path, replace] {
            return withLibrary(dbPath, fleet, true, [&](FirmwareLibrary &library, Outcome &o) {
                const FirmwareLibrary::ImportResult r
                    = library.importFile(path, QString(), actor, replace);
                o.ok = r.ok;
                o.duplicate = r.alreadyInLibrary;
                if (r.ok)
                    o.message
                        = FirmwareLibraryDialog::tr("Imported %1 %2 (%3, %4).")
                              .arg(r.record.model,
                                   r.record.version,
                                   QLocale().formattedDataSize(r.record.fileSize),
                                   !r.record.isSigned ? FirmwareLibraryDialog::tr("unsigned")
                                   : r.record.signatureVerified
                                       ? FirmwareLibraryDialog::tr("signature verified")
                                       : FirmwareLibraryDialog::tr("signed, no key to check it"));
                else
                    o.message = r.error;
            });
        },
        [this, name, path](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            if (o.ok) {
                finishOperation(true, o.message);
                return;
            }
            if (o.duplicate
                && m_deps.messageBoxes->confirm(this,
                                                tr("Replace firmware image"),
                                                tr("%1 is already in the library.").arg(name),
                                                o.message,
                                                tr("Replace"))) {
                importFile(path, true);
                return;
            }
            finishOperation(false, tr("%1 was not imported: %2").arg(name, o.message));
        });
}

void FirmwareLibraryDialog::removeImage(const QString &model, const QString &version)
{
    ++m_pending;
    updateButtons();
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet, model, version] {
            return withLibrary(dbPath, fleet, true, [&](FirmwareLibrary &library, Outcome &o) {
                o.ok = library.remove(model, version, &o.message);
            });
        },
        [this, model, version](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            finishOperation(o.ok,
                            o.ok ? tr("Removed %1 %2.").arg(model, version)
                                 : tr("%1 %2 was not removed: %3").arg(model, version, o.message));
        });
}

void FirmwareLibraryDialog::setModelKey(const QString &model,
                                        const QString &pemPath,
                                        bool requireSigned)
{
    ++m_pending;
    updateButtons();
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet, model, pemPath, requireSigned] {
            return withLibrary(dbPath, fleet, true, [&](FirmwareLibrary &library, Outcome &o) {
                FirmwareLibrary::ModelKey key{model, {}, requireSigned};
                if (!pemPath.isEmpty()) {
                    QFile f(pemPath);
                    if (!f.open(QIODevice::ReadOnly)) {
                        o.message = FirmwareLibraryDialog::tr("cannot read %1: %2")
                                        .arg(pemPath, f.errorString());
                        return;
                    }
                    key.publicKeyPem = f.read(64 * 1024);
                } else if (const auto current = library.modelKey(model)) {
                    key.publicKeyPem = current->publicKeyPem;
                }
                o.ok = library.setModelKey(key, &o.message);
            });
        },
        [this, model, requireSigned](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            finishOperation(
                o.ok,
                !o.ok ? tr("The signing key of %1 was not set: %2").arg(model, o.message)
                : requireSigned
                    ? tr("%1: signing key set; only signed images are accepted.").arg(model)
                    : tr("%1: signing key set; signed images are checked.").arg(model));
        });
}

void FirmwareLibraryDialog::clearModelKey(const QString &model)
{
    ++m_pending;
    updateButtons();
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet, model] {
            return withLibrary(dbPath, fleet, true, [&](FirmwareLibrary &library, Outcome &o) {
                o.ok = library.setModelKey({model, {}, false}, &o.message);
            });
        },
        [this, model](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            finishOperation(
                o.ok,
                o.ok ? tr("%1: signing key removed.").arg(model)
                     : tr("The signing key of %1 was not removed: %2").arg(model, o.message));
        });
}

void FirmwareLibraryDialog::setExternalUrl(const QString &model,
                                           const QString &version,
                                           const QString &url)
{
    ++m_pending;
    updateButtons();
    BackgroundTask::run(
        this,
        [dbPath = m_deps.fleetDbPath, fleet = m_deps.fleet, model, version, url] {
            return withLibrary(dbPath, fleet, true, [&](FirmwareLibrary &library, Outcome &o) {
                o.ok = library.setExternalUrl(model, version, url, &o.message);
            });
        },
        [this, model, version, url](const Outcome &o) {
            --m_pending;
            m_images = o.images;
            m_keys = o.keys;
            m_devices = o.devices;
            showImages();
            finishOperation(
                o.ok,
                !o.ok ? tr("The download URL was not changed: %1").arg(o.message)
                : url.trimmed().isEmpty()
                    ? tr("%1 %2: devices download from the built-in server.").arg(model, version)
                    : tr("%1 %2: devices download from %3.").arg(model, version, url.trimmed()));
        });
}

void FirmwareLibraryDialog::showImages()
{
    const std::optional<FirmwareImageRecord> selected = selectedImage();
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(m_images.size());
    for (int row = 0; row < m_images.size(); ++row) {
        const FirmwareImageRecord &r = m_images.at(row);
        QString signature = tr("unsigned");
        if (r.isSigned)
            signature = r.signatureVerified ? tr("signed, verified") : tr("signed, not verified");
        for (const FirmwareLibrary::ModelKey &k : std::as_const(m_keys)) {
            if (k.model == r.model && k.requireSigned)
                signature += tr(" (model requires signatures)");
        }
        QString url;
        QString urlTip;
        if (!r.externalUrl.isEmpty()) {
            url = r.externalUrl;
            urlTip = tr("External URL");
        } else if (m_server->isListening()) {
            url = m_server->urlFor(r.fileName).toString();
            urlTip = tr("FleetDesk's built-in server");
        } else {
            url = tr("built-in server (not running)");
        }
        m_table->setItem(row, ModelColumn, item(r.model));
        m_table->setItem(row, VersionColumn, item(r.version));
        auto *size = item(locale.formattedDataSize(r.fileSize),
                          tr("%1 bytes\nSHA-256 %2").arg(r.fileSize).arg(r.fileSha256));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, SignatureColumn, item(signature));
        auto *devices = item(locale.toString(m_devices.value(r.model).value(r.version)));
        devices->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, DevicesColumn, devices);
        m_table->setItem(
            row,
            ImportedColumn,
            item(locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat), r.importedBy));
        m_table->setItem(row, UrlColumn, item(url, urlTip));
        if (selected && selected->model == r.model && selected->version == r.version)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<FirmwareImageRecord> FirmwareLibraryDialog::selectedImage() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_images.size())
        return std::nullopt;
    return m_images.at(rows.first().row());
}

void FirmwareLibraryDialog::updateButtons()
{
    const bool idle = m_pending == 0;
    const bool selected = selectedImage().has_value();
    m_importButton->setEnabled(idle);
    m_removeButton->setEnabled(idle && selected);
    m_urlButton->setEnabled(idle && selected);
    m_keyButton->setEnabled(idle);
}

void FirmwareLibraryDialog::updateServerState()
{
    const bool running = m_server->isListening();
    m_interface->setEnabled(!running);
    m_port->setEnabled(!running);
    m_https->setEnabled(!running);
    m_certificate->setEnabled(!running && m_https->isChecked());
    m_key->setEnabled(!running && m_https->isChecked());
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_serverStatus->setText(running
                                ? tr("Serving %1 to devices.").arg(m_server->baseUrl().toString())
                                : tr("Not running."));
}

bool FirmwareLibraryDialog::startServer()
{
    QString error;
    if (m_https->isChecked()) {
        if (m_certificate->text().trimmed().isEmpty() || m_key->text().trimmed().isEmpty())
            error = tr("HTTPS needs a certificate and its private key.");
        else if (!m_server->setTls(
                     m_certificate->text().trimmed(), m_key->text().trimmed(), &error))
            error = tr("HTTPS cannot be used: %1").arg(error);
    } else {
        m_server->clearTls();
    }
    if (error.isEmpty()) {
        QDir().mkpath(m_directory);
        const QHostAddress address(m_interface->currentData().toString());
        m_server->listen(address, quint16(m_port->value()), &error);
    }
    updateServerState();
    showImages();
    if (!error.isEmpty()) {
        m_serverStatus->setText(error);
        return false;
    }
    return true;
}

void FirmwareLibraryDialog::stopServer()
{
    m_server->close();
    updateServerState();
    showImages();
}

QString FirmwareLibraryDialog::browse(const QString &caption, const QString &filter)
{
    return m_deps.fileDialogs->openFileName(this, caption, QString(), filter);
}

void FirmwareLibraryDialog::chooseAndImport()
{
    const QString path = browse(tr("Import firmware image"),
                                tr("FleetDesk firmware images (*.fdfw);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void FirmwareLibraryDialog::askRemove()
{
    const std::optional<FirmwareImageRecord> r = selectedImage();
    if (!r)
        return;
    if (!m_deps.messageBoxes->confirm(
            this,
            tr("Remove firmware image"),
            tr("Remove %1 %2 from the library?").arg(r->model, r->version),
            tr("The stored copy is deleted. Campaigns that use this "
               "image can no longer start."),
            tr("Remove")))
        return;
    removeImage(r->model, r->version);
}

void FirmwareLibraryDialog::askModelKey()
{
    QSet<QString> models;
    for (const FirmwareImageRecord &r : std::as_const(m_images))
        models.insert(r.model);
    for (const FirmwareLibrary::ModelKey &k : std::as_const(m_keys))
        models.insert(k.model);
    for (const Device &d : std::as_const(m_deps.fleet)) {
        if (!d.model.isEmpty())
            models.insert(d.model);
    }
    QStringList sorted(models.begin(), models.end());
    sorted.sort();

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("signingKeyDialog"));
    dialog.setWindowTitle(tr("Signing key"));
    auto *model = new QComboBox(&dialog);
    model->setObjectName(QStringLiteral("modelComboBox"));
    model->setEditable(true);
    model->addItems(sorted);
    if (const auto selected = selectedImage())
        model->setCurrentText(selected->model);
    auto *state = new QLabel(&dialog);
    state->setWordWrap(true);
    auto *pem = new QLineEdit(&dialog);
    pem->setObjectName(QStringLiteral("publicKeyLineEdit"));
    pem->setPlaceholderText(tr("Ed25519 public key (PEM); empty keeps the current key"));
    auto *browseButton = new QPushButton(tr("Browse…"), &dialog);
    auto *require
        = new QCheckBox(tr("Refuse unsigned and badly signed images of this model"), &dialog);
    require->setObjectName(QStringLiteral("requireSignedCheckBox"));
    auto showState = [this, model, state, require] {
        const QString name = model->currentText();
        for (const FirmwareLibrary::ModelKey &k : std::as_const(m_keys)) {
            if (k.model == name) {
                state->setText(k.requireSigned ? tr("A key is set; signed images are required.")
                                               : tr("A key is set; signatures are checked."));
                require->setChecked(k.requireSigned);
                return;
            }
        }
        state->setText(tr("No key is set for this model."));
        require->setChecked(false);
    };
    connect(model, &QComboBox::currentTextChanged, &dialog, showState);
    showState();
    connect(browseButton, &QPushButton::clicked, &dialog, [this, pem] {
        const QString path
            = browse(tr("Public key of the model"), tr("PEM files (*.pem *.pub);;All files (*)"));
        if (!path.isEmpty())
            pem->setText(path);
    });
    auto *pemRow = new QHBoxLayout;
    pemRow->addWidget(pem, 1);
    pemRow->addWidget(browseButton);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QPushButton *removeKey = box->addButton(tr("Remove key"), QDialogButtonBox::DestructiveRole);
    bool clear = false;
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(removeKey, &QPushButton::clicked, &dialog, [&dialog, &clear] {
        clear = true;
        dialog.accept();
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Model:"), model);
    form->addRow(QString(), state);
    form->addRow(tr("Public key:"), pemRow);
    form->addRow(QString(), require);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted || model->currentText().trimmed().isEmpty())
        return;
    if (clear)
        clearModelKey(model->currentText().trimmed());
    else
        setModelKey(model->currentText().trimmed(), pem->text().trimmed(), require->isChecked());
}

void FirmwareLibraryDialog::askExternalUrl()
{
    const std::optional<FirmwareImageRecord> r = selectedImage();
    if (!r)
        return;
    bool ok = false;
    const QString url
        = QInputDialog::getText(this,
                                tr("Download URL"),
                                tr("Where devices download %1 %2 instead of FleetDesk's built-in "
                                   "server (empty: the built-in server):")
                                    .arg(r->model, r->version),
                                QLineEdit::Normal,
                                r->externalUrl,
                                &ok);
    if (ok)
        setExternalUrl(r->model, r->version, url);
}
