#include "CampaignReportCommand.h"

#include "campaign/CampaignReportData.h"
#include "report/CampaignPdfReport.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <cstdio>

namespace {

struct CampaignReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportCommand)
};

} // namespace

int runCampaignReport(const QString &dbPath,
                      qint64 campaignId,
                      CampaignReportFormat format,
                      const QString &file,
                      const CliOutput &out)
{
    if (format == CampaignReportFormat::Pdf
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return out.error(
            ExitCode::Failure,
            QStringLiteral("internal"),
            CampaignReportCommand::tr("a PDF report needs the GUI library; this process has none"));
    }

    const QString connection = QStringLiteral("fleetdesk-cli-report");
    std::optional<CampaignReportData> data;
    bool missing = false;
    QString error;
    {
        const CacheDatabase::OpenResult opened
            = CacheDatabase::open(dbPath, CacheDatabase::Kind::Fleet, connection);
        if (!opened.ok())
            return out.error(ExitCode::Failure, QStringLiteral("cache"), opened.message);
        if (!opened.message.isEmpty())
            std::fprintf(stderr, "fleetdesk-cli: %s\n", opened.message.toUtf8().constData());
        const CampaignRepository repository(QSqlDatabase::database(connection));
        data = CampaignReportData::load(repository, campaignId, &error);
        // The repository's own words for a campaign that is not there (same context, same text).
        missing
            = !data && error == CampaignRepository::tr("There is no campaign %1.").arg(campaignId);
    }
    CacheDatabase::close(connection);
    if (missing)
        return out.error(ExitCode::Failure, QStringLiteral("not_found"), error);
    if (!data)
        return out.error(ExitCode::Failure, QStringLiteral("cache"), error);

    int pages = 0;
    bool written = false;
    if (format == CampaignReportFormat::Csv) {
        written = data->writeCsv(file, &error);
    } else {
        const CampaignPdfReport report(*data);
        pages = report.pageCount();
        written = report.writePdf(file, &error);
    }
    if (!written)
        return out.error(ExitCode::Failure, QStringLiteral("io"), error);

    const int devices = int(data->devices().size());
    QJsonObject document{
        {QStringLiteral("id"), campaignId},
        {QStringLiteral("file"), file},
        {QStringLiteral("format"),
         format == CampaignReportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("pdf")},
        {QStringLiteral("devices"), devices},
    };
    QString text;
    if (format == CampaignReportFormat::Pdf) {
        document.insert(QStringLiteral("pages"), pages);
        text = CampaignReportCommand::tr(
                   "%1: campaign %2, %n device(s), %3 page(s)", nullptr, devices)
                   .arg(file)
                   .arg(campaignId)
                   .arg(pages);
    } else {
        text = CampaignReportCommand::tr("%1: campaign %2, %n device(s)", nullptr, devices)
                   .arg(file)
                   .arg(campaignId);
    }
    out.documentOrLine(document, text);
    return ExitCode::Success;
}

int runCampaignReport(const Lwm2mCommands::Context &context, qint64 campaignId)
{
    const bool csv = context.flags.contains(QStringLiteral("csv"))
                     || context.options.contains(QStringLiteral("csv"));
    const bool pdf = context.flags.contains(QStringLiteral("pdf"))
                     || context.options.contains(QStringLiteral("pdf"));
    if (csv == pdf)
        return context.usage(CampaignReportCommand::tr(
            "campaign report needs exactly one of --csv FILE or --pdf FILE"));
    const CampaignReportFormat format = csv ? CampaignReportFormat::Csv : CampaignReportFormat::Pdf;
    const QString valueOption
        = context.options.value(csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    // positional: report ID [FILE]
    QString file = valueOption;
    if (file.isEmpty()) {
        if (context.positional.size() != 3)
            return context.usage(
                CampaignReportCommand::tr("usage: campaign report ID (--csv|--pdf) FILE"));
        file = context.positional.at(2);
    } else if (context.positional.size() != 2) {
        return context.usage(
            CampaignReportCommand::tr("usage: campaign report ID (--csv|--pdf) FILE"));
    }
    if (file.isEmpty())
        return context.usage(CampaignReportCommand::tr("campaign report needs a file name"));
    return runCampaignReport(context.dbPath, campaignId, format, file, context.out);
}

bool campaignReportNeedsGui(const QStringList &arguments)
{
    const int campaign = arguments.indexOf(QStringLiteral("campaign"));
    if (campaign < 0 || arguments.value(campaign + 1) != QLatin1String("report"))
        return false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf=")))
            return true;
        if (argument == QLatin1String("--"))
            break;
    }
    return false;
}
