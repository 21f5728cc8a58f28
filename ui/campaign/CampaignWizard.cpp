#include "campaign/CampaignWizard.h"

#include "BackgroundTask.h"
#include "FileDialogs.h"
#include "campaign/CampaignWizardPages.h"
#include "store/CacheDatabase.h"
#include "store/GroupRepository.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>

namespace {

struct CacheSnapshot
{
    QVector<FirmwareImageRecord> library;
    QHash<QString, QSet<QUuid>> staticGroups;
    QHash<QString, QString> savedFilters;
    bool groupsLoaded = false;
    QString error;
};

CacheSnapshot readCache(const QString &dbPath, const QString &firmwareDirectory)
{
    CacheSnapshot snapshot;
    const QString connection = QStringLiteral("campaign-wizard-%1")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        const CacheDatabase::OpenResult opened
            = CacheDatabase::open(dbPath, CacheDatabase::Kind::Fleet, connection);
        if (!opened.ok()) {
            snapshot.error = opened.message;
        } else {
            const QSqlDatabase db = QSqlDatabase::database(connection);
            FirmwareLibrary library(db,
                                    firmwareDirectory.isEmpty()
                                        ? FirmwareLibrary::defaultDirectory(dbPath)
                                        : firmwareDirectory);
            snapshot.library = library.list(&snapshot.error);
            GroupRepository groups(db);
            QString groupError;
            snapshot.staticGroups = groups.staticGroups(&groupError);
            snapshot.savedFilters = groups.savedFilters(&groupError);
            snapshot.groupsLoaded = groupError.isEmpty();
        }
    }
    CacheDatabase::close(connection);
    return snapshot;
}

} // namespace

CampaignWizard::CampaignWizard(Options options, QWidget *parent)
    : QWizard(parent)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("campaignWizard"));
    setWindowTitle(tr("New Firmware Campaign"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("&Start Campaign"));
    if (!m_options.fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_options.fileDialogs = m_ownFileDialogs.get();
    }
    m_download.serveAddress = m_options.serveAddress;
    m_download.builtInServer = true;

    if (m_options.preset) {
        m_draft = CampaignDraft::fromSpec(*m_options.preset, m_options.context);
    } else {
        m_draft.spec.preconditions.online = true;
        m_draft.spec.preconditions.notBusy = true;
        if (!m_options.selection.isEmpty())
            m_draft.setSelectionTarget(m_options.selection);
    }

    setPage(FirmwarePageId, new CampaignFirmwarePage(this));
    setPage(TargetsPageId, new CampaignTargetsPage(this));
    setPage(DryRunPageId, new CampaignDryRunPage(this));
    setPage(RolloutPageId, new CampaignRolloutPage(this));
    setPage(ReviewPageId, new CampaignReviewPage(this));
    setStartId(FirmwarePageId);
    // Fits a 1366×768 screen with the task bar; every page scrolls or wraps below that.
    resize(980, 680);
    setMinimumSize(760, 560);

    loadFromCache();
}

CampaignWizard::~CampaignWizard() = default;

QDateTime CampaignWizard::now() const
{
    return m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
}

FileDialogs *CampaignWizard::fileDialogs() const
{
    return m_options.fileDialogs;
}

void CampaignWizard::loadFromCache()
{
    const QString dbPath = m_options.dbPath;
    const QString directory = m_options.firmwareDirectory;
    BackgroundTask::run(
        this,
        [dbPath, directory] { return readCache(dbPath, directory); },
        [this](const CacheSnapshot &snapshot) {
            m_library = snapshot.library;
            m_libraryError = snapshot.error;
            if (snapshot.groupsLoaded) {
                m_options.context.staticGroups = snapshot.staticGroups;
                m_options.context.savedFilters = snapshot.savedFilters;
            }
            m_libraryLoaded = true;
            emit libraryLoaded();
        });
}

std::optional<FirmwareImageRecord> CampaignWizard::chosenImage() const
{
    for (const FirmwareImageRecord &image : m_library) {
        if (image.model == m_draft.spec.firmwareModel
            && image.version == m_draft.spec.firmwareVersion)
            return image;
    }
    return std::nullopt;
}

CampaignCreator::Request CampaignWizard::request() const
{
    CampaignCreator::Request request;
    request.spec = m_draft.spec;
    request.dbPath = m_options.dbPath;
    request.firmwareDirectory = m_options.firmwareDirectory;
    request.serveAddress = m_download.builtInServer ? m_download.serveAddress.trimmed() : QString();
    request.serveHttps = m_download.builtInServer && m_download.https;
    request.actor = m_options.actor;
    request.now = now();
    return request;
}

void CampaignWizard::runDryRun(std::function<void(const CampaignCreator::Result &)> done)
{
    const quint64 generation = ++m_dryRunGeneration;
    ++m_dryRuns;
    const CampaignCreator::Request req = request();
    BackgroundTask::run(
        this,
        [req] { return CampaignCreator::dryRun(req); },
        [this, generation, done = std::move(done)](const CampaignCreator::Result &result) {
            --m_dryRuns;
            if (generation == m_dryRunGeneration)
                done(result);
            emit dryRunFinished();
        });
}

bool CampaignWizard::saveDocument(QString *error)
{
    const QString suggested = QDir::home().filePath(
        m_draft.spec.name.isEmpty()
            ? QStringLiteral("campaign.json")
            : QString(m_draft.spec.name)
                      .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")),
                               QStringLiteral("-"))
                  + QStringLiteral(".json"));
    const QString path = fileDialogs()->saveFileName(
        this, tr("Save Campaign Document"), suggested, tr("Campaign documents (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_draft.toJsonBytes()) < 0
        || !file.commit()) {
        if (error)
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CampaignWizard::accept()
{
    if (m_creating || currentId() != ReviewPageId || !currentPage()->isComplete())
        return;
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    auto *review = static_cast<CampaignReviewPage *>(page(ReviewPageId));
    const CampaignCreator::Request req = request();
    BackgroundTask::run(
        this,
        [req] { return CampaignCreator::create(req); },
        [this, review](const CampaignCreator::Result &result) {
            m_creating = false;
            button(QWizard::BackButton)->setEnabled(true);
            button(QWizard::CancelButton)->setEnabled(true);
            if (result.id > 0 && result.ok()) {
                emit campaignCreated(result.id, m_draft.spec.name);
                QWizard::accept();
                return;
            }
            review->showCreationResult(result);
            emit creationFailed(result.error.isEmpty() ? tr("The campaign was not created.")
                                                       : result.error);
        });
}

void CampaignWizard::reject()
{
    if (m_creating)
        return;
    QWizard::reject();
}
