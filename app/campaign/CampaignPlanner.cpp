#include "campaign/CampaignPlanner.h"

#include <QLocale>
#include <algorithm>

QVector<CampaignDeviceRecord> CampaignPlan::records() const
{
    QVector<CampaignDeviceRecord> out;
    out.reserve(entries.size());
    int position = 0;
    for (const CampaignPlanEntry &e : entries) {
        CampaignDeviceRecord r;
        r.deviceId = e.device.id;
        r.position = position++;
        r.wave = e.eligible ? e.wave : -1;
        r.stage = e.stage;
        r.state = e.eligible ? CampaignDeviceState::Pending : CampaignDeviceState::Skipped;
        r.reason = e.reason;
        r.fromVersion = e.device.firmwareVersion;
        r.name = e.device.name;
        r.model = e.device.model;
        r.protocol = DeviceText::protocolId(e.device.binding.protocol);
        out.append(r);
    }
    return out;
}

QStringList CampaignPlanner::reasonIds()
{
    return {QStringLiteral("wrong_model"),
            QStringLiteral("already_on_version"),
            QStringLiteral("retired"),
            QStringLiteral("disabled"),
            QStringLiteral("unbound"),
            QStringLiteral("offline"),
            QStringLiteral("sleeping"),
            QStringLiteral("battery_low"),
            QStringLiteral("signal_low"),
            QStringLiteral("busy"),
            QStringLiteral("update_not_idle"),
            QStringLiteral("in_other_campaign"),
            QStringLiteral("duplicate")};
}

QString CampaignPlanner::reasonName(const QString &id)
{
    if (id == QLatin1String("wrong_model"))
        return tr("Wrong model");
    if (id == QLatin1String("already_on_version"))
        return tr("Already on the version");
    if (id == QLatin1String("retired"))
        return tr("Retired");
    if (id == QLatin1String("disabled"))
        return tr("Disabled");
    if (id == QLatin1String("unbound"))
        return tr("No server or broker");
    if (id == QLatin1String("offline"))
        return tr("Offline");
    if (id == QLatin1String("sleeping"))
        return tr("Sleeping, no wake-up expected");
    if (id == QLatin1String("battery_low"))
        return tr("Battery too low");
    if (id == QLatin1String("signal_low"))
        return tr("Signal too weak");
    if (id == QLatin1String("busy"))
        return tr("Busy");
    if (id == QLatin1String("update_not_idle"))
        return tr("Firmware update already in progress");
    if (id == QLatin1String("in_other_campaign"))
        return tr("In another campaign");
    if (id == QLatin1String("duplicate"))
        return tr("Same device through another connection");
    return id;
}

DeviceList CampaignPlanner::resolveTargets(const CampaignSpec &spec,
                                           const DeviceList &fleet,
                                           const FleetQueryContext &context,
                                           QStringList *unknown,
                                           QString *error)
{
    DeviceList out;
    switch (spec.targetKind) {
    case CampaignSpec::TargetKind::Query:
    case CampaignSpec::TargetKind::Group: {
        QString text = spec.targetQuery;
        if (spec.targetKind == CampaignSpec::TargetKind::Group) {
            if (context.staticGroups.contains(spec.targetGroup)) {
                const QSet<QUuid> &members = context.staticGroups.value(spec.targetGroup);
                for (const Device &d : fleet) {
                    if (members.contains(d.id))
                        out.append(d);
                }
                return out;
            }
            if (!context.savedFilters.contains(spec.targetGroup)) {
                if (error)
                    *error = tr("There is no static group or saved filter named \"%1\".")
                                 .arg(spec.targetGroup);
                return out;
            }
            text = context.savedFilters.value(spec.targetGroup);
        }
        const FleetQuery query = FleetQuery::parse(text, context);
        if (!query.isValid()) {
            if (error)
                *error = tr("The target query is not valid: %1").arg(query.errorMessage());
            return out;
        }
        for (const Device &d : fleet) {
            if (query.matches(d, context))
                out.append(d);
        }
        return out;
    }
    case CampaignSpec::TargetKind::Devices: {
        QHash<QString, int> byKey;
        for (int i = 0; i < fleet.size(); ++i) {
            const Device &d = fleet.at(i);
            byKey.insert(d.id.toString(QUuid::WithoutBraces), i);
            byKey.insert(d.name, i);
            if (!d.binding.key.isEmpty())
                byKey.insert(d.binding.key, i);
        }
        QSet<int> taken;
        for (const QString &key : spec.targetDevices) {
            QString k = key.trimmed();
            if (k.startsWith(QLatin1Char('{')))
                k = k.mid(1, k.size() - 2);
            const auto it = byKey.constFind(k);
            if (it == byKey.constEnd()) {
                if (unknown)
                    unknown->append(key);
                continue;
            }
            if (!taken.contains(*it)) {
                taken.insert(*it);
                out.append(fleet.at(*it));
            }
        }
        return out;
    }
    }
    return out;
}

QString CampaignPlanner::checkPreconditions(const CampaignSpec &spec,
                                            const Device &device,
                                            const std::optional<CampaignDeviceStatus> &live,
                                            QString *reasonId)
{
    auto refuse = [&](const QString &id, const QString &words) {
        if (reasonId)
            *reasonId = id;
        return words;
    };
    const CampaignPreconditions &pre = spec.preconditions;
    if (pre.online) {
        if (live && live->reachable) {
            if (!live->online)
                return refuse(QStringLiteral("offline"),
                              tr("offline (not registered or connected)"));
        } else if (live && !live->reachable) {
            return refuse(QStringLiteral("offline"),
                          tr("its server or broker does not answer: %1").arg(live->error));
        } else if (device.health == Health::Sleeping) {
            return refuse(QStringLiteral("sleeping"),
                          tr("sleeping (queue mode), no wake-up expected"));
        } else if (device.health != Health::Online) {
            return refuse(
                QStringLiteral("offline"),
                device.lastSeen.isValid()
                    ? tr("offline, last seen %1").arg(device.lastSeen.toString(Qt::ISODate))
                    : tr("offline, never seen"));
        }
    }
    if (pre.batteryMin) {
        const std::optional<int> battery
            = live && live->batteryPercent ? live->batteryPercent : device.batteryPercent;
        if (!battery)
            return refuse(QStringLiteral("battery_low"),
                          tr("battery level unknown (at least %1 % needed)").arg(*pre.batteryMin));
        if (*battery < *pre.batteryMin)
            return refuse(QStringLiteral("battery_low"),
                          tr("battery %1 % below %2 %").arg(*battery).arg(*pre.batteryMin));
    }
    if (pre.signalMinDbm) {
        const std::optional<int> signal
            = live && live->signalDbm ? live->signalDbm : device.signalDbm;
        if (!signal)
            return refuse(
                QStringLiteral("signal_low"),
                tr("signal strength unknown (at least %1 dBm needed)").arg(*pre.signalMinDbm));
        if (*signal < *pre.signalMinDbm)
            return refuse(QStringLiteral("signal_low"),
                          tr("signal %1 dBm below %2 dBm").arg(*signal).arg(*pre.signalMinDbm));
    }
    if (pre.notBusy && live) {
        if (live->busy)
            return refuse(QStringLiteral("busy"), tr("busy (rebooting or another operation)"));
        if (live->updateState > 0)
            return refuse(QStringLiteral("update_not_idle"),
                          tr("its firmware update object is not idle (state %1) — another "
                             "console may be updating it")
                              .arg(live->updateState));
    }
    if (reasonId)
        reasonId->clear();
    return {};
}

CampaignPlan CampaignPlanner::plan(const CampaignSpec &spec, const Inputs &inputs)
{
    CampaignPlan plan;
    QString targetError;
    const DeviceList targets = resolveTargets(
        spec, inputs.fleet, inputs.queryContext, &plan.unknownTargets, &targetError);
    if (!targetError.isEmpty())
        plan.problems.append({QStringLiteral("/targets"), targetError});
    if (!plan.unknownTargets.isEmpty())
        plan.problems.append(
            {QStringLiteral("/targets/devices"),
             tr("%n target(s) match no device: %1", nullptr, int(plan.unknownTargets.size()))
                 .arg(plan.unknownTargets.join(QStringLiteral(", ")))});

    // One physical device may be seen through several profiles (three routes to one broker, two
    // servers): it is updated once, through the binding that looks best (online first).
    QHash<QString, const Device *> chosen;
    for (const Device &d : targets) {
        if (d.serial.isEmpty())
            continue;
        const QString key = d.model + QLatin1Char('\n') + d.serial;
        const Device *&best = chosen[key];
        auto score = [&inputs](const Device &x) {
            const auto live = inputs.live.constFind(x.id);
            if (live != inputs.live.constEnd())
                return live->online ? 2 : 0;
            return x.health == Health::Online ? 1 : 0;
        };
        if (!best || score(d) > score(*best))
            best = &d;
    }

    QVector<CampaignPlanEntry> eligible;
    QVector<CampaignPlanEntry> skipped;
    for (const Device &d : targets) {
        CampaignPlanEntry e;
        e.device = d;
        e.stage = spec.stageOf(d.tags);
        const auto liveIt = inputs.live.constFind(d.id);
        const std::optional<CampaignDeviceStatus> live
            = liveIt == inputs.live.constEnd() ? std::nullopt : std::optional(*liveIt);
        const QString version
            = live && !live->version.isEmpty() ? live->version : d.firmwareVersion;
        const Device *best
            = d.serial.isEmpty() ? &d : chosen.value(d.model + QLatin1Char('\n') + d.serial, &d);
        if (best != &d) {
            e.reasonId = QStringLiteral("duplicate");
            e.reason = tr("the same device (serial %1) is updated through %2 (%3)")
                           .arg(d.serial, best->name, best->binding.profile);
        } else if (d.model != spec.firmwareModel) {
            e.reasonId = QStringLiteral("wrong_model");
            e.reason = tr("model %1, the image is for %2")
                           .arg(d.model.isEmpty() ? tr("unknown") : d.model, spec.firmwareModel);
        } else if (version == spec.firmwareVersion) {
            e.reasonId = QStringLiteral("already_on_version");
            e.reason = tr("already runs %1").arg(version);
        } else if (d.lifecycle == Lifecycle::Retired) {
            e.reasonId = QStringLiteral("retired");
            e.reason = tr("retired");
        } else if (d.lifecycle == Lifecycle::Disabled) {
            e.reasonId = QStringLiteral("disabled");
            e.reason = tr("disabled");
        } else if (!d.binding.isBound()) {
            e.reasonId = QStringLiteral("unbound");
            e.reason = tr("not bound to an LwM2M server or MQTT broker");
        } else if (inputs.inOtherCampaigns.contains(d.id)) {
            e.reasonId = QStringLiteral("in_other_campaign");
            e.reason = tr("taking part in another campaign that has not finished");
        } else {
            e.reason = checkPreconditions(spec, d, live, &e.reasonId);
        }
        e.eligible = e.reasonId.isEmpty();
        if (e.eligible)
            eligible.append(e);
        else {
            plan.countsByReason[e.reasonId] += 1;
            skipped.append(e);
        }
    }
    std::stable_sort(eligible.begin(), eligible.end(), [](const auto &a, const auto &b) {
        if (a.stage != b.stage)
            return a.stage < b.stage;
        return a.device.name < b.device.name;
    });
    plan.eligible = int(eligible.size());
    plan.waveSizes = spec.waveSizes(plan.eligible);
    int index = 0;
    for (int wave = 0; wave < plan.waveSizes.size(); ++wave) {
        for (int i = 0; i < plan.waveSizes.at(wave) && index < eligible.size(); ++i)
            eligible[index++].wave = wave;
    }
    for (; index < eligible.size(); ++index)
        eligible[index].wave = int(plan.waveSizes.size()) - 1;
    plan.entries = eligible + skipped;

    const int concurrency = qMax(1, spec.concurrency);
    for (int size : plan.waveSizes)
        plan.estimatedSeconds
            += qint64((size + concurrency - 1) / concurrency) * inputs.perDeviceSeconds;
    plan.estimatedBytes = inputs.imageBytes * plan.eligible;

    if (targetError.isEmpty())
        plan.problems += spec.validatePlan(plan.eligible);
    if (inputs.now.isValid())
        plan.problems += spec.validateSchedule(inputs.now);
    return plan;
}
