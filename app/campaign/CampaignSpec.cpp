#include "campaign/CampaignSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace {

const QStringList &dayIds()
{
    static const QStringList ids = {QStringLiteral("mon"),
                                    QStringLiteral("tue"),
                                    QStringLiteral("wed"),
                                    QStringLiteral("thu"),
                                    QStringLiteral("fri"),
                                    QStringLiteral("sat"),
                                    QStringLiteral("sun")};
    return ids;
}

// Edit distance, for "did you mean" on unknown keys.
int distance(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

class Reader
{
public:
    explicit Reader(QVector<CampaignProblem> *problems)
        : m_problems(problems)
    {}

    void problem(const QString &pointer, const QString &message)
    {
        m_problems->append({pointer, message});
    }

    // Reports keys of `object` that are not in `known`.
    void checkKeys(const QJsonObject &object, const QString &pointer, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            QString best;
            int bestDistance = 3;
            for (const QString &k : known) {
                const int d = distance(it.key(), k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            problem(pointer + QLatin1Char('/') + it.key(),
                    best.isEmpty() ? CampaignSpec::tr("Unknown key \"%1\".").arg(it.key())
                                   : CampaignSpec::tr("Unknown key \"%1\" — did you mean \"%2\"?")
                                         .arg(it.key(), best));
        }
    }

    QString string(const QJsonObject &o, const QString &key, const QString &pointer, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(pointer + QLatin1Char('/') + key,
                        CampaignSpec::tr("\"%1\" is missing.").arg(key));
            return {};
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(pointer + QLatin1Char('/') + key,
                    CampaignSpec::tr("\"%1\" must be a non-empty text.").arg(key));
            return {};
        }
        return v.toString();
    }

    std::optional<int>
    integer(const QJsonObject &o, const QString &key, const QString &pointer, int min, int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            problem(pointer + QLatin1Char('/') + key,
                    CampaignSpec::tr("\"%1\" must be a whole number from %2 to %3.")
                        .arg(key)
                        .arg(min)
                        .arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &pointer)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            problem(pointer + QLatin1Char('/') + key,
                    CampaignSpec::tr("\"%1\" must be true or false.").arg(key));
            return std::nullopt;
        }
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &pointer)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isObject())
            problem(pointer + QLatin1Char('/') + key,
                    CampaignSpec::tr("\"%1\" must be an object.").arg(key));
        return v.toObject();
    }

    std::optional<CampaignAmount> amount(const QJsonValue &v, const QString &pointer)
    {
        if (!v.isObject()) {
            problem(pointer, CampaignSpec::tr("Expected {\"count\": N} or {\"percent\": P}."));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        checkKeys(o, pointer, {QStringLiteral("count"), QStringLiteral("percent")});
        const bool hasCount = o.contains(QStringLiteral("count"));
        const bool hasPercent = o.contains(QStringLiteral("percent"));
        if (hasCount == hasPercent) {
            problem(pointer, CampaignSpec::tr("Give exactly one of \"count\" and \"percent\"."));
            return std::nullopt;
        }
        if (hasCount) {
            const std::optional<int> n = integer(o, QStringLiteral("count"), pointer, 0, 1000000);
            if (!n)
                return std::nullopt;
            return CampaignAmount::count(*n);
        }
        const QJsonValue p = o.value(QStringLiteral("percent"));
        if (!p.isDouble() || p.toDouble() < 0 || p.toDouble() > 100) {
            problem(pointer + QStringLiteral("/percent"),
                    CampaignSpec::tr("\"percent\" must be a number from 0 to 100."));
            return std::nullopt;
        }
        return CampaignAmount::percent(p.toDouble());
    }

private:
    QVector<CampaignProblem> *m_problems;
};

QJsonObject amountJson(const CampaignAmount &a)
{
    if (a.kind == CampaignAmount::Kind::Count)
        return {{QStringLiteral("count"), int(a.value)}};
    return {{QStringLiteral("percent"), a.value}};
}

std::optional<QTime> parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace

int CampaignAmount::resolve(int total) const
{
    if (kind == Kind::Count)
        return int(value);
    return int(std::ceil(total * value / 100.0 - 1e-9));
}

bool CampaignWindow::isOpen(const QDateTime &time) const
{
    const QTimeZone zone(tz.toUtf8());
    const QDateTime local = time.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QTime t = local.time();
    const int today = local.date().dayOfWeek();
    const int yesterday = today == 1 ? 7 : today - 1;
    auto dayAllowed = [this](int day) {
        return days.isEmpty() || days.contains(day);
    };
    if (from < to)
        return dayAllowed(today) && t >= from && t < to;
    // Spans midnight: the evening part belongs to today, the morning part to yesterday.
    return (dayAllowed(today) && t >= from) || (dayAllowed(yesterday) && t < to);
}

QDateTime CampaignWindow::nextOpening(const QDateTime &time, const QDateTime &limit) const
{
    if (from == to)
        return {};
    if (isOpen(time))
        return time;
    const QTimeZone zone(tz.toUtf8());
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate start = time.toTimeZone(z).date();
    for (int i = 0; i <= 8; ++i) {
        const QDateTime candidate(start.addDays(i), from, z);
        if (candidate < time)
            continue;
        if (limit.isValid() && candidate >= limit)
            return {};
        if (isOpen(candidate))
            return candidate.toUTC();
    }
    return {};
}

bool CampaignWindow::operator==(const CampaignWindow &other) const
{
    return days == other.days && from == other.from && to == other.to && tz == other.tz;
}

bool CampaignPreconditions::operator==(const CampaignPreconditions &other) const
{
    return online == other.online && batteryMin == other.batteryMin
           && signalMinDbm == other.signalMinDbm && notBusy == other.notBusy;
}

CampaignSpec CampaignSpec::fromJson(const QByteArray &json, QVector<CampaignProblem> *problems)
{
    CampaignSpec spec;
    QVector<CampaignProblem> local;
    QVector<CampaignProblem> *out = problems ? problems : &local;
    Reader r(out);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.problem(QString(),
                  tr("Not valid JSON at byte %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString()));
        return spec;
    }
    if (!doc.isObject()) {
        r.problem(QString(), tr("A campaign is a JSON object."));
        return spec;
    }
    const QJsonObject o = doc.object();
    r.checkKeys(o,
                QString(),
                {QStringLiteral("version"),
                 QStringLiteral("name"),
                 QStringLiteral("firmware"),
                 QStringLiteral("targets"),
                 QStringLiteral("waves"),
                 QStringLiteral("concurrency"),
                 QStringLiteral("device_timeout_s"),
                 QStringLiteral("retries"),
                 QStringLiteral("success_threshold"),
                 QStringLiteral("error_threshold"),
                 QStringLiteral("on_error"),
                 QStringLiteral("approval_after_wave"),
                 QStringLiteral("window"),
                 QStringLiteral("order"),
                 QStringLiteral("preconditions"),
                 QStringLiteral("expires")});

    const QJsonValue version = o.value(QStringLiteral("version"));
    if (version.isUndefined())
        r.problem(QStringLiteral("/version"), tr("\"version\" is missing (it is 1)."));
    else if (!version.isDouble() || version.toDouble() != FormatVersion)
        r.problem(QStringLiteral("/version"),
                  tr("This FleetDesk reads campaign format version %1 only.").arg(FormatVersion));

    spec.name = r.string(o, QStringLiteral("name"), QString(), true);
    if (spec.name.size() > 200)
        r.problem(QStringLiteral("/name"), tr("The name is longer than 200 characters."));

    if (!o.contains(QStringLiteral("firmware")))
        r.problem(QStringLiteral("/firmware"), tr("\"firmware\" is missing."));
    const QJsonObject firmware = r.object(o, QStringLiteral("firmware"), QString());
    r.checkKeys(firmware,
                QStringLiteral("/firmware"),
                {QStringLiteral("model"), QStringLiteral("version")});
    if (o.value(QStringLiteral("firmware")).isObject()) {
        spec.firmwareModel
            = r.string(firmware, QStringLiteral("model"), QStringLiteral("/firmware"), true);
        spec.firmwareVersion
            = r.string(firmware, QStringLiteral("version"), QStringLiteral("/firmware"), true);
    }

    if (!o.contains(QStringLiteral("targets")))
        r.problem(QStringLiteral("/targets"), tr("\"targets\" is missing."));
    const QJsonObject targets = r.object(o, QStringLiteral("targets"), QString());
    r.checkKeys(targets,
                QStringLiteral("/targets"),
                {QStringLiteral("query"), QStringLiteral("group"), QStringLiteral("devices")});
    if (o.value(QStringLiteral("targets")).isObject()) {
        if (targets.size() != 1) {
            r.problem(QStringLiteral("/targets"),
                      tr("Give exactly one of \"query\", \"group\" and \"devices\"."));
        } else if (targets.contains(QStringLiteral("query"))) {
            spec.targetKind = TargetKind::Query;
            spec.targetQuery
                = r.string(targets, QStringLiteral("query"), QStringLiteral("/targets"), true);
        } else if (targets.contains(QStringLiteral("group"))) {
            spec.targetKind = TargetKind::Group;
            spec.targetGroup
                = r.string(targets, QStringLiteral("group"), QStringLiteral("/targets"), true);
        } else if (targets.contains(QStringLiteral("devices"))) {
            spec.targetKind = TargetKind::Devices;
            const QJsonValue list = targets.value(QStringLiteral("devices"));
            if (!list.isArray() || list.toArray().isEmpty()) {
                r.problem(QStringLiteral("/targets/devices"),
                          tr("\"devices\" must be a non-empty list of device ids, names or "
                             "endpoints."));
            } else {
                const QJsonArray a = list.toArray();
                QSet<QString> seen;
                for (int i = 0; i < a.size(); ++i) {
                    const QString pointer = QStringLiteral("/targets/devices/%1").arg(i);
                    if (!a[i].isString() || a[i].toString().trimmed().isEmpty()) {
                        r.problem(pointer, tr("A device is named by a non-empty text."));
                    } else if (seen.contains(a[i].toString())) {
                        r.problem(pointer, tr("\"%1\" is listed twice.").arg(a[i].toString()));
                    } else {
                        seen.insert(a[i].toString());
                        spec.targetDevices.append(a[i].toString());
                    }
                }
            }
        }
    }

    const QJsonValue waves = o.value(QStringLiteral("waves"));
    if (!waves.isUndefined()) {
        if (!waves.isArray()) {
            r.problem(QStringLiteral("/waves"), tr("\"waves\" must be a list."));
        } else {
            const QJsonArray a = waves.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString pointer = QStringLiteral("/waves/%1").arg(i);
                if (!a[i].isObject()) {
                    r.problem(pointer, tr("A wave is an object with a \"size\"."));
                    continue;
                }
                const QJsonObject w = a[i].toObject();
                r.checkKeys(w, pointer, {QStringLiteral("size")});
                if (!w.contains(QStringLiteral("size"))) {
                    r.problem(pointer + QStringLiteral("/size"), tr("\"size\" is missing."));
                    continue;
                }
                const std::optional<CampaignAmount> size
                    = r.amount(w.value(QStringLiteral("size")), pointer + QStringLiteral("/size"));
                if (size && size->value <= 0)
                    r.problem(pointer + QStringLiteral("/size"),
                              tr("A wave needs at least one device."));
                else if (size)
                    spec.waves.append(*size);
            }
        }
    }

    if (auto v = r.integer(o, QStringLiteral("concurrency"), QString(), 1, 1000))
        spec.concurrency = *v;
    if (auto v = r.integer(o, QStringLiteral("device_timeout_s"), QString(), 10, 7 * 86400))
        spec.deviceTimeoutS = *v;
    if (auto v = r.integer(o, QStringLiteral("retries"), QString(), 0, 10))
        spec.retries = *v;
    if (o.contains(QStringLiteral("success_threshold"))) {
        if (auto a = r.amount(o.value(QStringLiteral("success_threshold")),
                              QStringLiteral("/success_threshold")))
            spec.successThreshold = *a;
    }
    if (o.contains(QStringLiteral("error_threshold"))) {
        if (auto a = r.amount(o.value(QStringLiteral("error_threshold")),
                              QStringLiteral("/error_threshold")))
            spec.errorThreshold = *a;
    }
    const QJsonValue onError = o.value(QStringLiteral("on_error"));
    if (!onError.isUndefined()) {
        if (onError == QJsonValue(QStringLiteral("pause")))
            spec.onError = OnError::Pause;
        else if (onError == QJsonValue(QStringLiteral("abort")))
            spec.onError = OnError::Abort;
        else
            r.problem(QStringLiteral("/on_error"), tr("\"on_error\" is \"pause\" or \"abort\"."));
    }
    if (auto v = r.boolean(o, QStringLiteral("approval_after_wave"), QString()))
        spec.approvalAfterWave = *v;

    if (o.contains(QStringLiteral("window"))) {
        const QJsonObject w = r.object(o, QStringLiteral("window"), QString());
        r.checkKeys(w,
                    QStringLiteral("/window"),
                    {QStringLiteral("days"),
                     QStringLiteral("from"),
                     QStringLiteral("to"),
                     QStringLiteral("tz")});
        if (o.value(QStringLiteral("window")).isObject()) {
            CampaignWindow window;
            bool ok = true;
            const QJsonValue days = w.value(QStringLiteral("days"));
            if (!days.isUndefined()) {
                if (!days.isArray()) {
                    r.problem(QStringLiteral("/window/days"),
                              tr("\"days\" is a list such as [\"mon\", \"tue\"]."));
                    ok = false;
                }
                const QJsonArray a = days.toArray();
                for (int i = 0; i < a.size(); ++i) {
                    const int day = dayIds().indexOf(a[i].toString()) + 1;
                    if (day == 0) {
                        r.problem(QStringLiteral("/window/days/%1").arg(i),
                                  tr("Days are mon, tue, wed, thu, fri, sat and sun."));
                        ok = false;
                    } else if (!window.days.contains(day)) {
                        window.days.append(day);
                    }
                }
                if (days.isArray() && a.isEmpty()) {
                    r.problem(QStringLiteral("/window/days"),
                              tr("The window has no days: it never opens."));
                    ok = false;
                }
                std::sort(window.days.begin(), window.days.end());
            }
            for (const QString &key : QStringList{QStringLiteral("from"), QStringLiteral("to")}) {
                const QString text = r.string(w, key, QStringLiteral("/window"), true);
                const std::optional<QTime> t = parseClock(text);
                if (!text.isEmpty() && !t) {
                    r.problem(QStringLiteral("/window/") + key,
                              tr("\"%1\" is a time of day as HH:MM (00:00–23:59).").arg(key));
                }
                if (!t)
                    ok = false;
                else if (key == QLatin1String("from"))
                    window.from = *t;
                else
                    window.to = *t;
            }
            window.tz = r.string(w, QStringLiteral("tz"), QStringLiteral("/window"), true);
            if (!window.tz.isEmpty() && !QTimeZone(window.tz.toUtf8()).isValid()) {
                r.problem(QStringLiteral("/window/tz"),
                          tr("\"%1\" is not a time zone this system knows (use an IANA name "
                             "such as Europe/Berlin or Asia/Tokyo).")
                              .arg(window.tz));
                ok = false;
            }
            if (ok && window.from == window.to) {
                r.problem(QStringLiteral("/window"),
                          tr("The window opens and closes at the same time: it is never open."));
                ok = false;
            }
            if (ok && !window.tz.isEmpty())
                spec.window = window;
        }
    }

    const QJsonValue order = o.value(QStringLiteral("order"));
    if (!order.isUndefined()) {
        if (!order.isArray()) {
            r.problem(QStringLiteral("/order"),
                      tr("\"order\" is a list of stages, each a list of device tags."));
        } else {
            const QJsonArray stages = order.toArray();
            QSet<QString> seen;
            for (int i = 0; i < stages.size(); ++i) {
                const QString pointer = QStringLiteral("/order/%1").arg(i);
                const QJsonArray tags = stages[i].toArray();
                if (!stages[i].isArray() || tags.isEmpty()) {
                    r.problem(pointer, tr("A stage is a non-empty list of device tags."));
                    continue;
                }
                QStringList stage;
                for (int j = 0; j < tags.size(); ++j) {
                    const QString tag = tags[j].toString();
                    if (!tags[j].isString() || tag.trimmed().isEmpty()) {
                        r.problem(pointer + QStringLiteral("/%1").arg(j),
                                  tr("A tag is a non-empty text."));
                    } else if (seen.contains(tag)) {
                        r.problem(pointer + QStringLiteral("/%1").arg(j),
                                  tr("The tag \"%1\" is in more than one stage.").arg(tag));
                    } else {
                        seen.insert(tag);
                        stage.append(tag);
                    }
                }
                spec.order.append(stage);
            }
        }
    }

    if (o.contains(QStringLiteral("preconditions"))) {
        const QJsonObject p = r.object(o, QStringLiteral("preconditions"), QString());
        const QString pointer = QStringLiteral("/preconditions");
        r.checkKeys(p,
                    pointer,
                    {QStringLiteral("online"),
                     QStringLiteral("battery_min"),
                     QStringLiteral("signal_min_dbm"),
                     QStringLiteral("not_busy")});
        if (auto v = r.boolean(p, QStringLiteral("online"), pointer))
            spec.preconditions.online = *v;
        spec.preconditions.batteryMin
            = r.integer(p, QStringLiteral("battery_min"), pointer, 0, 100);
        spec.preconditions.signalMinDbm
            = r.integer(p, QStringLiteral("signal_min_dbm"), pointer, -200, 0);
        if (auto v = r.boolean(p, QStringLiteral("not_busy"), pointer))
            spec.preconditions.notBusy = *v;
    }

    const QJsonValue expires = o.value(QStringLiteral("expires"));
    if (!expires.isUndefined()) {
        const QDateTime t = QDateTime::fromString(expires.toString(), Qt::ISODate);
        if (!expires.isString() || !t.isValid() || t.timeSpec() == Qt::LocalTime)
            r.problem(QStringLiteral("/expires"),
                      tr("\"expires\" is a date and time with its offset, e.g. "
                         "2026-12-24T18:00:00+01:00."));
        else
            spec.expires = t.toUTC();
    }
    return spec;
}

QJsonObject CampaignSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("firmware"),
             QJsonObject{{QStringLiteral("model"), firmwareModel},
                         {QStringLiteral("version"), firmwareVersion}});
    switch (targetKind) {
    case TargetKind::Query:
        o.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("query"), targetQuery}});
        break;
    case TargetKind::Group:
        o.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("group"), targetGroup}});
        break;
    case TargetKind::Devices:
        o.insert(
            QStringLiteral("targets"),
            QJsonObject{{QStringLiteral("devices"), QJsonArray::fromStringList(targetDevices)}});
        break;
    }
    QJsonArray waveArray;
    for (const CampaignAmount &w : waves)
        waveArray.append(QJsonObject{{QStringLiteral("size"), amountJson(w)}});
    o.insert(QStringLiteral("waves"), waveArray);
    o.insert(QStringLiteral("concurrency"), concurrency);
    o.insert(QStringLiteral("device_timeout_s"), deviceTimeoutS);
    o.insert(QStringLiteral("retries"), retries);
    o.insert(QStringLiteral("success_threshold"), amountJson(successThreshold));
    o.insert(QStringLiteral("error_threshold"), amountJson(errorThreshold));
    o.insert(QStringLiteral("on_error"),
             onError == OnError::Pause ? QStringLiteral("pause") : QStringLiteral("abort"));
    o.insert(QStringLiteral("approval_after_wave"), approvalAfterWave);
    if (window) {
        QJsonObject w;
        if (!window->days.isEmpty()) {
            QJsonArray days;
            for (int d : window->days)
                days.append(dayIds().value(d - 1));
            w.insert(QStringLiteral("days"), days);
        }
        w.insert(QStringLiteral("from"), window->from.toString(QStringLiteral("HH:mm")));
        w.insert(QStringLiteral("to"), window->to.toString(QStringLiteral("HH:mm")));
        w.insert(QStringLiteral("tz"), window->tz);
        o.insert(QStringLiteral("window"), w);
    }
    if (!order.isEmpty()) {
        QJsonArray stages;
        for (const QStringList &stage : order)
            stages.append(QJsonArray::fromStringList(stage));
        o.insert(QStringLiteral("order"), stages);
    }
    QJsonObject p{{QStringLiteral("online"), preconditions.online},
                  {QStringLiteral("not_busy"), preconditions.notBusy}};
    if (preconditions.batteryMin)
        p.insert(QStringLiteral("battery_min"), *preconditions.batteryMin);
    if (preconditions.signalMinDbm)
        p.insert(QStringLiteral("signal_min_dbm"), *preconditions.signalMinDbm);
    o.insert(QStringLiteral("preconditions"), p);
    if (expires.isValid())
        o.insert(QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate));
    return o;
}

QByteArray CampaignSpec::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QVector<CampaignProblem> CampaignSpec::validateSchedule(const QDateTime &now) const
{
    QVector<CampaignProblem> problems;
    if (expires.isValid() && expires <= now) {
        problems.append({QStringLiteral("/expires"),
                         tr("The campaign expired on %1.").arg(expires.toString(Qt::ISODate))});
        return problems;
    }
    if (window) {
        const QDateTime limit = expires.isValid() ? expires : now.addDays(8);
        if (!window->nextOpening(now, limit).isValid()) {
            problems.append(
                {QStringLiteral("/window"),
                 expires.isValid()
                     ? tr("The maintenance window never opens before the campaign expires (%1).")
                           .arg(expires.toString(Qt::ISODate))
                     : tr("The maintenance window never opens.")});
        }
    }
    return problems;
}

QVector<int> CampaignSpec::waveSizes(int eligibleDevices) const
{
    QVector<int> sizes;
    int left = eligibleDevices;
    for (const CampaignAmount &w : waves) {
        if (left <= 0)
            break;
        const int n = std::min(left, std::max(1, w.resolve(eligibleDevices)));
        sizes.append(n);
        left -= n;
    }
    if (left > 0)
        sizes.append(left);
    return sizes;
}

QVector<CampaignProblem> CampaignSpec::validatePlan(int eligibleDevices) const
{
    QVector<CampaignProblem> problems;
    if (eligibleDevices <= 0) {
        problems.append({QStringLiteral("/targets"), tr("No targeted device is eligible.")});
        return problems;
    }
    if (!waves.isEmpty() && waves.first().resolve(eligibleDevices) > eligibleDevices) {
        problems.append({QStringLiteral("/waves/0/size"),
                         tr("The canary wave (%1 devices) is larger than the %n eligible "
                            "device(s).",
                            nullptr,
                            eligibleDevices)
                             .arg(waves.first().resolve(eligibleDevices))});
    }
    if (successThreshold.kind == CampaignAmount::Kind::Count) {
        const QVector<int> sizes = waveSizes(eligibleDevices);
        for (int i = 0; i < sizes.size(); ++i) {
            if (successThreshold.resolve(sizes[i]) > sizes[i]) {
                problems.append(
                    {QStringLiteral("/success_threshold"),
                     tr("Wave %1 has %2 device(s), fewer than the success threshold of %3: it "
                        "can never succeed.")
                         .arg(i + 1)
                         .arg(sizes[i])
                         .arg(successThreshold.resolve(sizes[i]))});
                break;
            }
        }
    }
    return problems;
}

int CampaignSpec::stageOf(const QStringList &tags) const
{
    for (int i = 0; i < order.size(); ++i) {
        for (const QString &tag : tags) {
            if (order[i].contains(tag))
                return i;
        }
    }
    return int(order.size());
}

bool CampaignSpec::operator==(const CampaignSpec &other) const
{
    return toJson() == other.toJson();
}
