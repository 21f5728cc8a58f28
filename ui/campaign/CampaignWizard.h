#pragma once

#include "campaign/CampaignCreator.h"
#include "campaign/CampaignDraft.h"
#include "firmware/FirmwareLibrary.h"
#include "fleet/Device.h"
#include "fleet/FleetQuery.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class FileDialogs;

// The campaign wizard (issue CAMPAIGN item 3): Firmware → Targets → Dry run → Rollout → Review and
// Start. Every page fills the one CampaignDraft; the draft (core) says what stops a page. The dry
// run and the creation run CampaignCreator on a worker thread with its own cache connection, so
// the window never waits on the cache. Nothing starts before the operator presses Start on the
// Review page; then the campaign is created and campaignCreated() emitted (the window runs it).
class CampaignWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FirmwarePageId, TargetsPageId, DryRunPageId, RolloutPageId, ReviewPageId };

    struct Options
    {
        QString dbPath;            // the fleet cache
        QString firmwareDirectory; // empty = FirmwareLibrary::defaultDirectory(dbPath)
        FleetQueryContext context; // groups and saved filters the window knows (the wizard
                                   // reloads them from the cache on a worker)
        DeviceList fleet;          // for completions in the query box (optional)
        QList<QUuid> selection;    // the window's selected devices
        QString serveAddress = QStringLiteral("127.0.0.1:8470"); // FleetDesk's firmware server
        std::optional<CampaignSpec> preset; // a document to edit (loaded from a file)
        QString actor;                      // who creates the campaign (audit)
        QDateTime now;                      // invalid = the clock (tests pin it)
        FileDialogs *fileDialogs = nullptr; // nullptr = the real file dialogs
    };

    explicit CampaignWizard(Options options, QWidget *parent = nullptr);
    ~CampaignWizard() override;

    CampaignDraft &draft() { return m_draft; }
    const CampaignDraft &draft() const { return m_draft; }
    const Options &options() const { return m_options; }
    QDateTime now() const;
    FileDialogs *fileDialogs() const;

    // What the worker loaded from the cache (the firmware library, groups and saved filters).
    bool isLibraryLoaded() const { return m_libraryLoaded; }
    const QVector<FirmwareImageRecord> &library() const { return m_library; }
    QString libraryError() const { return m_libraryError; }
    const FleetQueryContext &queryContext() const { return m_options.context; }
    std::optional<FirmwareImageRecord> chosenImage() const;

    // Where devices download the image (the Review page's choice).
    struct Download
    {
        bool builtInServer = true;
        QString serveAddress;
        bool https = false;
    };
    Download download() const { return m_download; }
    void setDownload(const Download &download) { m_download = download; }

    // The dry run of the draft as it stands, on a worker; done() gets the result on the GUI
    // thread unless a later dry run was started meanwhile or the wizard is gone.
    void runDryRun(std::function<void(const CampaignCreator::Result &)> done);
    bool isDryRunning() const { return m_dryRuns > 0; }
    bool isCreating() const { return m_creating; }
    CampaignCreator::Request request() const;

    // Saves the document (toJsonBytes) where the operator chooses; false when cancelled or failed
    // (*error says why).
    bool saveDocument(QString *error);

signals:
    void libraryLoaded();
    void dryRunFinished();
    void campaignCreated(qint64 id, const QString &name);
    // Start was refused or failed: the problems are on the Review page.
    void creationFailed(const QString &error);

public slots:
    void accept() override; // Start: create the campaign on a worker
    void reject() override; // ignored while the campaign is being created (a second or so)

private:
    void loadFromCache();

    Options m_options;
    CampaignDraft m_draft;
    Download m_download;
    QVector<FirmwareImageRecord> m_library;
    QString m_libraryError;
    bool m_libraryLoaded = false;
    int m_dryRuns = 0;
    quint64 m_dryRunGeneration = 0;
    bool m_creating = false;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
};
