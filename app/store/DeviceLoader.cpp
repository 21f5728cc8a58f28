#include "store/DeviceLoader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <array>
#include <deque>
#include <numeric>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

enum Column {
    IdColumn,
    NameColumn,
    ProtocolColumn,
    ProfileColumn,
    BindingKeyColumn,
    SiteColumn,
    GroupPathColumn,
    ModelColumn,
    SerialColumn,
    FirmwareColumn,
    TagsColumn,
    LifecycleColumn,
    HealthColumn,
    LastSeenColumn,
    BatteryColumn,
    SignalColumn,
    ColumnCount
};

// The raw UTF-8 bytes of a text column (valid until the next step).
QByteArrayView textOf(sqlite3_stmt *stmt, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(stmt, column)) : QByteArrayView();
}

// One value per distinct byte string: the first time it is made, then shared. Lookups use the
// row's bytes in place (no copy). Not QHash<QByteArray, …>: its seeded SipHash of every lookup key
// took a quarter of the load; the standard library's hash is several times faster on short keys,
// and a column read in its ORDER BY order (site, group) mostly repeats the previous row's value.
template<typename T>
class Interner
{
public:
    struct Entry
    {
        T value;
        int id = 0; // position of the key in keys()
    };

    template<typename Make>
    const Entry &entry(QByteArrayView bytes, Make make)
    {
        const std::string_view key(bytes.data(), size_t(bytes.size()));
        if (m_last && m_last->first == key)
            return m_last->second;
        auto it = m_values.find(key);
        if (it == m_values.end()) {
            const std::string &stored = m_keys.emplace_back(key); // deque: never moves
            it = m_values.emplace(std::string_view(stored), Entry{make(), int(m_keys.size()) - 1})
                     .first;
        }
        m_last = &*it;
        return it->second;
    }

    template<typename Make>
    const T &value(QByteArrayView bytes, Make make)
    {
        return entry(bytes, make).value;
    }

    const std::deque<std::string> &keys() const { return m_keys; }

private:
    std::unordered_map<std::string_view, Entry> m_values; // nodes never move
    std::deque<std::string> m_keys;
    const std::pair<const std::string_view, Entry> *m_last = nullptr;
};

// QString order that equals SQLite's BINARY order of the same text in UTF-8 (code point order):
// UTF-16 puts surrogates (characters above U+FFFF) before U+E000–U+FFFF; this puts them after.
bool codePointLess(QStringView a, QStringView b)
{
    const auto fixed = [](char16_t c) -> int {
        return c < 0xD800 ? c : (c >= 0xE000 ? c - 0x800 : c + 0x2000);
    };
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *x = reinterpret_cast<const char16_t *>(a.constData());
    const char16_t *y = reinterpret_cast<const char16_t *>(b.constData());
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return fixed(x[i]) < fixed(y[i]);
    }
    return a.size() < b.size();
}

class Reader
{
public:
    QString shared(QByteArrayView bytes)
    {
        return m_strings.value(bytes, [bytes] { return QString::fromUtf8(bytes); });
    }

    // *id: the same for equal texts; rank() orders the ids as SQLite's BINARY collation would.
    QString shared(QByteArrayView bytes, int *id)
    {
        const auto &entry = m_strings.entry(bytes, [bytes] { return QString::fromUtf8(bytes); });
        *id = entry.id;
        return entry.value;
    }

    std::vector<int> rank() const
    {
        const std::deque<std::string> &keys = m_strings.keys();
        std::vector<int> ids(keys.size());
        std::iota(ids.begin(), ids.end(), 0);
        // std::string compares bytes as unsigned, shorter first on a common prefix: BINARY.
        std::sort(ids.begin(), ids.end(), [&](int a, int b) { return keys[a] < keys[b]; });
        std::vector<int> rank(keys.size());
        for (size_t i = 0; i < ids.size(); ++i)
            rank[size_t(ids[i])] = int(i);
        return rank;
    }

    QStringList tags(QByteArrayView json)
    {
        return m_tags.value(json, [this, json] { return parseTags(json); });
    }

    template<typename Enum, size_t N>
    std::optional<Enum>
    enumFor(QByteArrayView id, const std::array<Enum, N> &values, QString (*idOf)(Enum))
    {
        for (Enum value : values) {
            if (idOf(value).toUtf8() == id) // once per distinct text: memoised by the caller
                return value;
        }
        return std::nullopt;
    }

    Protocol protocol(QByteArrayView id)
    {
        return m_protocols.value(id, [&] {
            return id.isEmpty() ? Protocol::None
                                : enumFor(id,
                                          std::array{Protocol::Lwm2m, Protocol::Mqtt},
                                          &DeviceText::protocolId)
                                      .value_or(Protocol::None);
        });
    }

    Lifecycle lifecycle(QByteArrayView id)
    {
        return m_lifecycles.value(id, [&] {
            return enumFor(id,
                           std::array{Lifecycle::Provisioned,
                                      Lifecycle::Active,
                                      Lifecycle::Disabled,
                                      Lifecycle::Retired},
                           &DeviceText::lifecycleId)
                .value_or(Lifecycle::Provisioned);
        });
    }

    Health health(QByteArrayView id)
    {
        return m_healths.value(id, [&] {
            return enumFor(id,
                           std::array{
                               Health::Unknown, Health::Online, Health::Sleeping, Health::Offline},
                           &DeviceText::healthId)
                .value_or(Health::Unknown);
        });
    }

private:
    // Tags are a JSON array of strings; plain arrays (no escapes) take a fast path, anything else
    // goes through the JSON parser (as FleetRepository's own reader does).
    QStringList parseTags(QByteArrayView json)
    {
        QStringList tags;
        if (json.size() <= 2)
            return tags;
        if (!json.contains('\\') && json.startsWith("[\"") && json.endsWith("\"]")) {
            QByteArrayView rest = json.sliced(2, json.size() - 4);
            while (true) {
                const qsizetype end = rest.indexOf("\",\"");
                tags.append(shared(end < 0 ? rest : rest.first(end)));
                if (end < 0)
                    break;
                rest = rest.sliced(end + 3);
            }
            return tags;
        }
        const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
        for (const QJsonValue &tag : array)
            tags.append(shared(tag.toString().toUtf8()));
        return tags;
    }

    Interner<QString> m_strings;
    Interner<QStringList> m_tags;
    Interner<Protocol> m_protocols;
    Interner<Lifecycle> m_lifecycles;
    Interner<Health> m_healths;
};

// ORDER BY site, group_path, name without SQLite's sorter (which copies every whole row into
// sort records: it doubled the load of 100,000 devices). Sites and groups compare by rank, names
// in code point order; equal keys keep their row order.
void sortBySiteGroupName(DeviceList *devices,
                         const std::vector<int> &siteIds,
                         const std::vector<int> &groupIds,
                         const std::vector<int> &rank)
{
    const size_t n = size_t(devices->size());
    Device *d = devices->data();
    // Devices share few (site, group) pairs: a counting sort by the pair's rank, then each
    // pair's devices by name (stable: equal names keep their row order). Half the comparisons
    // of one sort over everything, and the cheap ones are gone.
    std::unordered_map<quint64, int> bucketOf; // (site rank, group rank) -> bucket
    std::vector<quint64> bucketKeys;
    std::vector<int> bucket(n);
    for (size_t i = 0; i < n; ++i) {
        const quint64 key = (quint64(quint32(rank[size_t(siteIds[i])])) << 32)
                            | quint32(rank[size_t(groupIds[i])]);
        const auto [it, added] = bucketOf.try_emplace(key, int(bucketKeys.size()));
        if (added)
            bucketKeys.push_back(key);
        bucket[i] = it->second;
    }
    std::vector<int> byKey(bucketKeys.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
        return bucketKeys[size_t(a)] < bucketKeys[size_t(b)];
    });
    std::vector<size_t> start(bucketKeys.size() + 1, 0); // per bucket, in key order after this
    std::vector<size_t> count(bucketKeys.size(), 0);
    for (size_t i = 0; i < n; ++i)
        ++count[size_t(bucket[i])];
    std::vector<size_t> offset(bucketKeys.size(), 0);
    size_t at = 0;
    for (size_t k = 0; k < byKey.size(); ++k) {
        start[k] = at;
        offset[size_t(byKey[k])] = at;
        at += count[size_t(byKey[k])];
    }
    start[byKey.size()] = at;
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i)
        order[offset[size_t(bucket[i])]++] = int(i);
    // The names side by side: the comparisons don't jump through the (large) devices.
    std::vector<QStringView> names(n);
    for (size_t i = 0; i < n; ++i)
        names[i] = d[i].name;
    for (size_t k = 0; k + 1 < start.size(); ++k) {
        std::stable_sort(
            order.begin() + qsizetype(start[k]),
            order.begin() + qsizetype(start[k + 1]),
            [&names](int a, int b) { return codePointLess(names[size_t(a)], names[size_t(b)]); });
    }
    // Position i takes the device at order[i]: follow each cycle once, moving (no second list).
    std::vector<bool> placed(n, false);
    for (size_t start = 0; start < n; ++start) {
        if (placed[start] || size_t(order[start]) == start)
            continue;
        Device carried = std::move(d[start]);
        size_t at = start;
        while (true) {
            placed[at] = true;
            const size_t from = size_t(order[at]);
            if (from == start) {
                d[at] = std::move(carried);
                break;
            }
            d[at] = std::move(d[from]);
            at = from;
        }
    }
}

std::optional<int> optionalInt(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int(stmt, column);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

} // namespace

std::optional<DeviceList>
DeviceLoader::load(const QSqlDatabase &db, const QString &select, QString *error, Order order)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return std::nullopt;

    DeviceList devices;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = select.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK
        || sqlite3_column_count(stmt) != ColumnCount) {
        if (error)
            *error = stmt ? QStringLiteral("unexpected columns in: %1").arg(select)
                          : QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return devices;
    }

    // The exact size, so that 100,000 devices take 100,000 slots and not the next growth step.
    {
        sqlite3_stmt *count = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM devices", -1, &count, nullptr)
                == SQLITE_OK
            && sqlite3_step(count) == SQLITE_ROW)
            devices.reserve(sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);
    }

    Reader reader;
    const bool sort = order == Order::SiteGroupName;
    std::vector<int> siteIds;
    std::vector<int> groupIds;
    if (sort) {
        siteIds.reserve(size_t(devices.capacity()));
        groupIds.reserve(size_t(devices.capacity()));
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        Device &d = devices.emplace_back();
        d.id = QUuid::fromString(QLatin1StringView(textOf(stmt, IdColumn)));
        d.name = QString::fromUtf8(textOf(stmt, NameColumn));
        d.binding.protocol = reader.protocol(textOf(stmt, ProtocolColumn));
        d.binding.profile = reader.shared(textOf(stmt, ProfileColumn));
        d.binding.key = QString::fromUtf8(textOf(stmt, BindingKeyColumn));
        if (sort) {
            d.site = reader.shared(textOf(stmt, SiteColumn), &siteIds.emplace_back());
            d.groupPath = reader.shared(textOf(stmt, GroupPathColumn), &groupIds.emplace_back());
        } else {
            d.site = reader.shared(textOf(stmt, SiteColumn));
            d.groupPath = reader.shared(textOf(stmt, GroupPathColumn));
        }
        d.model = reader.shared(textOf(stmt, ModelColumn));
        d.serial = QString::fromUtf8(textOf(stmt, SerialColumn));
        d.firmwareVersion = reader.shared(textOf(stmt, FirmwareColumn));
        d.tags = reader.tags(textOf(stmt, TagsColumn));
        d.lifecycle = reader.lifecycle(textOf(stmt, LifecycleColumn));
        d.health = reader.health(textOf(stmt, HealthColumn));
        if (sqlite3_column_type(stmt, LastSeenColumn) != SQLITE_NULL) {
            d.lastSeen = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(stmt, LastSeenColumn),
                                                        Qt::UTC);
        }
        d.batteryPercent = optionalInt(stmt, BatteryColumn);
        d.signalDbm = optionalInt(stmt, SignalColumn);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        devices.clear();
    } else if (sort) {
        sortBySiteGroupName(&devices, siteIds, groupIds, reader.rank());
    }
    sqlite3_finalize(stmt);
    return devices;
}
