#include "campaign/CampaignReportData.h"

#include "common/TimeFormat.h"
#include "provisioning/CsvReader.h"
#include "store/CampaignRepository.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <algorithm>

namespace {

QString amountText(const CampaignAmount &amount)
{
    if (amount.kind == CampaignAmount::Kind::Percent)
        return CampaignReportData::tr("%1 %").arg(QLocale().toString(amount.value));
    return CampaignReportData::tr("%n device(s)", nullptr, int(amount.value));
}

QString yesNo(bool value)
{
    return value ? CampaignReportData::tr("yes") : CampaignReportData::tr("no");
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// Reasons → counts, most frequent first, ties by reason.
QVector<CampaignReportData::ReasonCount> sortedCounts(const QHash<QString, int> &counts)
{
    QVector<CampaignReportData::ReasonCount> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.reason < b.reason;
    });
    return list;
}

QString groupingReason(const CampaignReportData::DeviceRow &row)
{
    if (!row.reason.isEmpty())
        return row.reason;
    if (row.resultCode)
        return row.resultText;
    return CampaignReportData::tr("No reason recorded");
}

} // namespace

CampaignReportData::CampaignReportData(const CampaignRecord &campaign,
                                       const QVector<CampaignDeviceRecord> &devices,
                                       const QVector<CampaignEvent> &events,
                                       const QDateTime &generatedAt)
    : m_campaign(campaign)
    , m_generatedAt(generatedAt)
{
    build(devices, events);
    buildSettings();
}

std::optional<CampaignReportData>
CampaignReportData::load(const CampaignRepository &repository, qint64 id, QString *error)
{
    QString problem;
    const std::optional<CampaignRecord> campaign = repository.find(id, &problem);
    if (!campaign) {
        if (error)
            *error = problem.isEmpty() ? tr("There is no campaign %1.").arg(id) : problem;
        return std::nullopt;
    }
    const QVector<CampaignDeviceRecord> devices = repository.devices(id, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return CampaignReportData(*campaign, devices, repository.events(id));
}

void CampaignReportData::build(const QVector<CampaignDeviceRecord> &devices,
                               const QVector<CampaignEvent> &events)
{
    QMap<int, WaveRow> waves;
    QHash<QString, int> failures;
    QHash<QString, int> skipped;
    m_totals = {};
    m_devices.reserve(devices.size());
    for (const CampaignDeviceRecord &d : devices) {
        DeviceRow row;
        row.position = d.position;
        row.deviceId = d.deviceId;
        row.name = d.name;
        row.model = d.model;
        row.protocol = d.protocol;
        row.wave = d.wave;
        row.state = d.state;
        row.attempts = d.attempt;
        row.fromVersion = d.fromVersion;
        row.reportedVersion = d.reportedVersion;
        row.resultCode = d.resultCode;
        if (d.resultCode)
            row.resultText = CampaignText::updateResultName(*d.resultCode);
        row.reason = d.reason;
        row.mark = d.mark;
        row.startedAt = d.startedAt;
        row.finishedAt = d.finishedAt;

        ++m_totals.total;
        ++m_totals.byState[d.state];

        WaveRow &wave = waves[d.wave];
        wave.wave = d.wave;
        ++wave.size;
        switch (d.state) {
        case CampaignDeviceState::Pending:
            ++wave.pending;
            break;
        case CampaignDeviceState::Skipped:
            ++wave.skipped;
            ++skipped[groupingReason(row)];
            break;
        case CampaignDeviceState::Downloading:
        case CampaignDeviceState::Downloaded:
        case CampaignDeviceState::Updating:
            ++wave.inFlight;
            break;
        case CampaignDeviceState::Succeeded:
            ++wave.succeeded;
            break;
        case CampaignDeviceState::Failed:
            ++wave.failed;
            ++failures[groupingReason(row)];
            break;
        case CampaignDeviceState::Cancelled:
            ++wave.cancelled;
            break;
        }
        m_devices.append(row);
    }
    m_waves = waves.values().toVector();
    m_failures = sortedCounts(failures);
    m_skipped = sortedCounts(skipped);

    // The progress series: after each journal time, how many devices stand at Succeeded / Failed.
    QHash<QUuid, CampaignDeviceState> latest;
    ProgressPoint current;
    m_progress.clear();
    m_marks.clear();
    for (const CampaignEvent &event : events) {
        if (event.deviceId.isNull()) {
            m_marks.append({event.at, event.state, event.detail});
            continue;
        }
        const std::optional<CampaignDeviceState> state
            = CampaignText::deviceStateFromId(event.state);
        if (!state || !event.at.isValid())
            continue;
        if (m_progress.isEmpty()) {
            ProgressPoint zero;
            zero.at = m_campaign.startedAt.isValid() && m_campaign.startedAt < event.at
                          ? m_campaign.startedAt
                          : event.at;
            m_progress.append(zero);
        }
        const auto previous = latest.constFind(event.deviceId);
        if (previous != latest.constEnd()) {
            if (*previous == CampaignDeviceState::Succeeded)
                --current.succeeded;
            else if (*previous == CampaignDeviceState::Failed)
                --current.failed;
        }
        latest.insert(event.deviceId, *state);
        if (*state == CampaignDeviceState::Succeeded)
            ++current.succeeded;
        else if (*state == CampaignDeviceState::Failed)
            ++current.failed;
        current.at = event.at;
        if (m_progress.last().at == event.at && m_progress.size() > 1)
            m_progress.last() = current;
        else
            m_progress.append(current);
    }
}

void CampaignReportData::buildSettings()
{
    const CampaignSpec &spec = m_campaign.spec;
    m_settings.clear();
    auto add = [this](const QString &label, const QString &value) {
        m_settings.append({label, value});
    };

    switch (spec.targetKind) {
    case CampaignSpec::TargetKind::Query:
        add(tr("Targets"), tr("query %1").arg(spec.targetQuery));
        break;
    case CampaignSpec::TargetKind::Group:
        add(tr("Targets"), tr("group %1").arg(spec.targetGroup));
        break;
    case CampaignSpec::TargetKind::Devices:
        add(tr("Targets"), tr("%n listed device(s)", nullptr, int(spec.targetDevices.size())));
        break;
    }

    QStringList waves;
    for (const CampaignAmount &amount : spec.waves)
        waves.append(amountText(amount));
    QStringList sizes;
    for (const WaveRow &row : m_waves)
        sizes.append(QString::number(row.size));
    add(tr("Waves"),
        (waves.isEmpty() ? tr("one wave") : waves.join(QStringLiteral(", ")))
            + (sizes.isEmpty()
                   ? QString()
                   : tr(" (devices per wave: %1)").arg(sizes.join(QStringLiteral(", ")))));
    add(tr("Concurrency"), QString::number(spec.concurrency));
    add(tr("Device timeout"), TimeFormat::age(spec.deviceTimeoutS));
    add(tr("Retries"), QString::number(spec.retries));
    add(tr("Success threshold"), tr("%1 per wave").arg(amountText(spec.successThreshold)));
    add(tr("Error threshold"), tr("%1 per wave").arg(amountText(spec.errorThreshold)));
    add(tr("On error"), spec.onError == CampaignSpec::OnError::Pause ? tr("pause") : tr("abort"));
    add(tr("Approval after each wave"), yesNo(spec.approvalAfterWave));

    if (spec.window) {
        QStringList days;
        for (int day : spec.window->days)
            days.append(QLocale().dayName(day, QLocale::ShortFormat));
        add(tr("Maintenance window"),
            tr("%1 %2–%3 (%4)")
                .arg(days.isEmpty() ? tr("every day") : days.join(QLatin1Char(' ')),
                     spec.window->from.toString(QStringLiteral("HH:mm")),
                     spec.window->to.toString(QStringLiteral("HH:mm")),
                     spec.window->tz));
    } else {
        add(tr("Maintenance window"), tr("always open"));
    }

    QStringList stages;
    for (const QStringList &stage : spec.order)
        stages.append(stage.join(QStringLiteral(", ")));
    add(tr("Group order"), stages.isEmpty() ? tr("none") : stages.join(QStringLiteral(" → ")));

    QStringList preconditions;
    if (spec.preconditions.online)
        preconditions.append(tr("online"));
    if (spec.preconditions.batteryMin)
        preconditions.append(tr("battery ≥ %1 %").arg(*spec.preconditions.batteryMin));
    if (spec.preconditions.signalMinDbm)
        preconditions.append(tr("signal ≥ %1 dBm").arg(*spec.preconditions.signalMinDbm));
    if (spec.preconditions.notBusy)
        preconditions.append(tr("not busy"));
    add(tr("Preconditions"),
        preconditions.isEmpty() ? tr("none") : preconditions.join(QStringLiteral("; ")));
    if (spec.expires.isValid())
        add(tr("Expires"), TimeFormat::local(spec.expires));
}

QString CampaignReportData::waveName(int wave)
{
    return wave == 0 ? tr("Canary")
                     : tr("Wave %1").arg(wave + 1); // the wave after the canary is wave 2
}

QStringList CampaignReportData::csvColumns()
{
    static const QStringList columns = {
        QStringLiteral("position"),
        QStringLiteral("device_id"),
        QStringLiteral("name"),
        QStringLiteral("model"),
        QStringLiteral("protocol"),
        QStringLiteral("wave"),
        QStringLiteral("state"),
        QStringLiteral("attempts"),
        QStringLiteral("from_version"),
        QStringLiteral("reported_version"),
        QStringLiteral("result_code"),
        QStringLiteral("result"),
        QStringLiteral("reason"),
        QStringLiteral("mark"),
        QStringLiteral("started_at"),
        QStringLiteral("finished_at"),
    };
    return columns;
}

QByteArray CampaignReportData::toCsv() const
{
    static const QByteArray eol = QByteArrayLiteral("\r\n");
    QByteArray out = csvColumns().join(QLatin1Char(',')).toUtf8() + eol;
    QStringList fields;
    for (const DeviceRow &d : m_devices) {
        fields = {
            QString::number(d.position),
            d.deviceId.toString(QUuid::WithoutBraces),
            d.name,
            d.model,
            d.protocol,
            QString::number(d.wave),
            CampaignText::deviceStateId(d.state),
            QString::number(d.attempts),
            d.fromVersion,
            d.reportedVersion,
            d.resultCode ? QString::number(*d.resultCode) : QString(),
            d.resultText,
            d.reason,
            d.mark,
            isoUtc(d.startedAt),
            isoUtc(d.finishedAt),
        };
        for (QString &field : fields)
            field = CsvReader::escape(field);
        out += fields.join(QLatin1Char(',')).toUtf8() + eol;
    }
    return out;
}

bool CampaignReportData::writeCsv(const QString &path, QString *error) const
{
    const QByteArray data = toCsv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
