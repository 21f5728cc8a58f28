// The fleet query language (docs/query.md): a recursive-descent parser that compiles the query into
// an immutable tree (folded text, parsed numbers, versions and durations), and a matcher that walks
// that tree without allocating for the common fields.
#include "fleet/FleetQuery.h"

#include <QHash>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <mutex>
#include <vector>

namespace {

enum class Kind { And, Or, Not, All, Text, Field };

enum class Field {
    Name,
    Id,
    Serial,
    Model,
    Firmware,
    Site,
    Group,
    Tag,
    Health,
    Lifecycle,
    Protocol,
    Server,
    Endpoint,
    Battery,
    Signal,
    Seen,
    In,
    Saved,
    Duplicate,
    Stale,
};

enum class Op { Eq, Lt, Le, Gt, Ge, Range };

struct FieldInfo
{
    const char *name;
    Field field;
    const char *alias1;
    const char *alias2;
};

// The order completion offers them.
const FieldInfo Fields[] = {
    {"name", Field::Name, nullptr, nullptr},
    {"site", Field::Site, nullptr, nullptr},
    {"group", Field::Group, nullptr, nullptr},
    {"model", Field::Model, nullptr, nullptr},
    {"fw", Field::Firmware, "firmware", nullptr},
    {"health", Field::Health, nullptr, nullptr},
    {"tag", Field::Tag, "tags", nullptr},
    {"battery", Field::Battery, nullptr, nullptr},
    {"signal", Field::Signal, nullptr, nullptr},
    {"seen", Field::Seen, nullptr, nullptr},
    {"protocol", Field::Protocol, nullptr, nullptr},
    {"server", Field::Server, "profile", nullptr},
    {"endpoint", Field::Endpoint, "key", nullptr},
    {"serial", Field::Serial, nullptr, nullptr},
    {"id", Field::Id, nullptr, nullptr},
    {"lifecycle", Field::Lifecycle, nullptr, nullptr},
    {"in", Field::In, nullptr, nullptr},
    {"saved", Field::Saved, nullptr, nullptr},
    {"duplicate", Field::Duplicate, nullptr, nullptr},
    {"stale", Field::Stale, nullptr, nullptr},
};

const FieldInfo *findField(QStringView name)
{
    for (const FieldInfo &info : Fields) {
        for (const char *n : {info.name, info.alias1, info.alias2}) {
            if (n && name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return &info;
        }
    }
    return nullptr;
}

const FieldInfo &infoOf(Field field)
{
    for (const FieldInfo &info : Fields) {
        if (info.field == field)
            return info;
    }
    return Fields[0];
}

// Enumerated fields: the values (stable ids) and their bit in Node::enumMask.
QStringList enumValues(Field field)
{
    switch (field) {
    case Field::Health:
        return {QStringLiteral("online"),
                QStringLiteral("offline"),
                QStringLiteral("sleeping"),
                QStringLiteral("unknown")};
    case Field::Lifecycle:
        return {QStringLiteral("provisioned"),
                QStringLiteral("active"),
                QStringLiteral("disabled"),
                QStringLiteral("retired")};
    case Field::Protocol:
        return {QStringLiteral("lwm2m"), QStringLiteral("mqtt"), QStringLiteral("none")};
    case Field::Duplicate:
    case Field::Stale:
        return {QStringLiteral("yes"), QStringLiteral("no")};
    default:
        return {};
    }
}

bool isEnumField(Field field)
{
    return field == Field::Health || field == Field::Lifecycle || field == Field::Protocol
           || field == Field::Duplicate || field == Field::Stale;
}

int enumIndex(const Device &d, Field field)
{
    switch (field) {
    case Field::Health:
        switch (d.health) {
        case Health::Online:
            return 0;
        case Health::Offline:
            return 1;
        case Health::Sleeping:
            return 2;
        case Health::Unknown:
            return 3;
        }
        return 3;
    case Field::Lifecycle:
        switch (d.lifecycle) {
        case Lifecycle::Provisioned:
            return 0;
        case Lifecycle::Active:
            return 1;
        case Lifecycle::Disabled:
            return 2;
        case Lifecycle::Retired:
            return 3;
        }
        return 0;
    case Field::Protocol:
        switch (d.binding.protocol) {
        case Protocol::Lwm2m:
            return 0;
        case Protocol::Mqtt:
            return 1;
        case Protocol::None:
            return 2;
        }
        return 2;
    default:
        return 0;
    }
}

// ---- Text primitives: case folding per UTF-16 unit, ASCII fast path ----------------------------

inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    const char32_t folded = QChar::toCaseFolded(char32_t(c));
    return folded <= 0xffff ? char16_t(folded) : c;
}

QString foldString(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = QChar(fold(text.at(i).unicode()));
    return out;
}

// needle is folded.
bool containsFolded(QStringView hay, QStringView needle)
{
    const qsizetype m = needle.size();
    if (m == 0)
        return true;
    const qsizetype n = hay.size();
    if (m > n)
        return false;
    const char16_t *h = reinterpret_cast<const char16_t *>(hay.data());
    const char16_t *p = reinterpret_cast<const char16_t *>(needle.data());
    const char16_t first = p[0];
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (fold(h[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < m && fold(h[i + j]) == p[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

bool equalsFolded(QStringView value, QStringView folded)
{
    if (value.size() != folded.size())
        return false;
    const char16_t *v = reinterpret_cast<const char16_t *>(value.data());
    const char16_t *f = reinterpret_cast<const char16_t *>(folded.data());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (fold(v[i]) != f[i])
            return false;
    }
    return true;
}

// Glob on the whole value: '*' any run, '?' one character; pattern is folded.
bool globMatch(QStringView value, QStringView pattern)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(value.data());
    const char16_t *p = reinterpret_cast<const char16_t *>(pattern.data());
    const qsizetype sn = value.size();
    const qsizetype pn = pattern.size();
    qsizetype si = 0, pi = 0, star = -1, mark = 0;
    while (si < sn) {
        if (pi < pn && p[pi] == u'*') {
            star = pi++;
            mark = si;
        } else if (pi < pn && (p[pi] == u'?' || p[pi] == fold(s[si]))) {
            ++si;
            ++pi;
        } else if (star >= 0) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < pn && p[pi] == u'*')
        ++pi;
    return pi == pn;
}

bool hasWildcard(QStringView text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
}

// QUuid::toString(WithoutBraces) without allocating: 36 lowercase characters.
void formatUuid(const QUuid &id, char16_t *out)
{
    static const char16_t hex[] = u"0123456789abcdef";
    int k = 0;
    auto put = [&](quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i)
            out[k++] = hex[(value >> (i * 4)) & 0xf];
    };
    put(id.data1, 8);
    out[k++] = u'-';
    put(id.data2, 4);
    out[k++] = u'-';
    put(id.data3, 4);
    out[k++] = u'-';
    put(id.data4[0], 2);
    put(id.data4[1], 2);
    out[k++] = u'-';
    for (int i = 2; i < 8; ++i)
        put(id.data4[i], 2);
}

// ---- Versions: FirmwareVersion::compare's rules, parsed once and without allocating ------------

struct Version
{
    QVarLengthArray<quint64, 6> numbers;
    QString suffix; // query side only
};

void parseVersion(QStringView text, QVarLengthArray<quint64, 6> *numbers, QStringView *suffix)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    const QStringView release = dash >= 0 ? trimmed.left(dash) : trimmed;
    *suffix = dash >= 0 ? trimmed.mid(dash + 1) : QStringView();
    numbers->clear();
    qsizetype i = 0;
    while (true) {
        quint64 value = 0;
        bool digits = true;
        while (i < release.size() && release.at(i) != QLatin1Char('.')) {
            const QChar c = release.at(i);
            if (digits && c.isDigit())
                value = value * 10 + quint64(c.digitValue());
            else
                digits = false;
            ++i;
        }
        numbers->append(value);
        if (i >= release.size())
            break;
        ++i; // the dot
    }
    while (!numbers->isEmpty() && numbers->last() == 0)
        numbers->removeLast();
}

Version makeVersion(QStringView text)
{
    Version v;
    QStringView suffix;
    parseVersion(text, &v.numbers, &suffix);
    v.suffix = suffix.toString();
    return v;
}

int compareVersion(QStringView deviceVersion, const Version &q)
{
    QVarLengthArray<quint64, 6> numbers;
    QStringView suffix;
    parseVersion(deviceVersion, &numbers, &suffix);
    const qsizetype n = qMax(numbers.size(), q.numbers.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 x = i < numbers.size() ? numbers.at(i) : 0;
        const quint64 y = i < q.numbers.size() ? q.numbers.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (suffix.isEmpty() != q.suffix.isEmpty())
        return suffix.isEmpty() ? 1 : -1;
    const int bySuffix = suffix.compare(QStringView(q.suffix));
    return bySuffix < 0 ? -1 : (bySuffix > 0 ? 1 : 0);
}

template<typename T>
bool compareWith(Op op, T value, T a, T b)
{
    switch (op) {
    case Op::Eq:
        return value == a;
    case Op::Lt:
        return value < a;
    case Op::Le:
        return value <= a;
    case Op::Gt:
        return value > a;
    case Op::Ge:
        return value >= a;
    case Op::Range:
        return value >= a && value <= b;
    }
    return false;
}

bool compareResult(Op op, int c)
{
    switch (op) {
    case Op::Eq:
        return c == 0;
    case Op::Lt:
        return c < 0;
    case Op::Le:
        return c <= 0;
    case Op::Gt:
        return c > 0;
    case Op::Ge:
        return c >= 0;
    case Op::Range:
        break;
    }
    return false;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)] = std::min(
                {prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

constexpr int MaxDepth = 64;

} // namespace

// ---- The compiled tree ------------------------------------------------------------------------

struct FleetQuery::Node
{
    Kind kind = Kind::All;
    std::vector<std::shared_ptr<Node>> children; // And, Or, Not

    Field field = Field::Name;
    Op op = Op::Eq;
    bool glob = false;
    QString text;             // folded value, needle or pattern
    QString original;         // as typed (in:, saved: names)
    QStringList segments;     // group: folded levels
    double low = 0, high = 0; // battery, signal
    bool hasLow = true, hasHigh = true;
    Version v1, v2;          // fw
    qint64 ms1 = 0, ms2 = 0; // seen: ages
    bool never = false;      // seen:never
    bool emptyValue = false; // field:"" — the field is empty
    bool asText = false;     // fw:beta — not a version: compared as text
    int enumMask = 0;
    QUuid uuid;
    bool idPlausible = false; // free text that can be part of a device id
    int position = 0;
    int length = 0;

    // saved: the filter's compiled query — bound by parse(text, context), else compiled on first
    // use from the context given to matches() (and again when its text changes).
    std::shared_ptr<const FleetQuery> bound;
    mutable std::mutex cacheMutex;
    mutable QString cachedText;
    mutable std::shared_ptr<const FleetQuery> cached;
};

namespace {

using Node = FleetQuery::Node;
using NodePtr = std::shared_ptr<Node>;

struct Env
{
    const FleetQueryContext &context;
    qint64 nowMs;
};

// Saved filters being evaluated on this thread (folded names): a cycle matches nothing.
thread_local QStringList activeSaved;

bool eval(const Node &n, const Device &d, const Env &env);

bool textFieldMatches(const Node &n, QStringView value)
{
    return n.glob ? globMatch(value, n.text) : equalsFolded(value, n.text);
}

bool groupMatches(const Node &n, const Device &d)
{
    const QStringView path(d.groupPath);
    // The device's levels, trimmed, without allocating.
    QVarLengthArray<QStringView, 8> levels;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path.at(i) == QLatin1Char('/')) {
            const QStringView level = path.mid(start, i - start).trimmed();
            if (!level.isEmpty())
                levels.append(level);
            start = i + 1;
        }
    }
    if (n.emptyValue)
        return levels.isEmpty();
    const QStringView site = QStringView(d.site).trimmed();
    if (n.glob) {
        // The pattern against each level's whole path, with and without the site in front.
        QString prefix;
        for (int withSite = 0; withSite < 2; ++withSite) {
            prefix.clear();
            if (withSite) {
                if (site.isEmpty())
                    break;
                prefix.append(site);
                if (globMatch(prefix, n.text))
                    return true;
            }
            for (const QStringView level : levels) {
                if (!prefix.isEmpty())
                    prefix.append(QLatin1Char('/'));
                prefix.append(level);
                if (globMatch(prefix, n.text))
                    return true;
            }
        }
        return false;
    }
    const qsizetype want = n.segments.size();
    // group path alone: "Line A" matches "Line A" and "Line A/Pumps".
    if (levels.size() >= want) {
        bool all = true;
        for (qsizetype i = 0; i < want && all; ++i)
            all = equalsFolded(levels.at(i), n.segments.at(i));
        if (all)
            return true;
    }
    // site in front: "Osaka plant/Line A".
    if (!site.isEmpty() && equalsFolded(site, n.segments.at(0)) && levels.size() >= want - 1) {
        for (qsizetype i = 1; i < want; ++i) {
            if (!equalsFolded(levels.at(i - 1), n.segments.at(i)))
                return false;
        }
        return true;
    }
    return false;
}

bool textMatches(const Node &n, const Device &d)
{
    auto m = [&n](QStringView value) {
        return n.glob ? globMatch(value, n.text) : containsFolded(value, n.text);
    };
    if (m(d.name) || m(d.serial) || m(d.model) || m(d.site) || m(d.groupPath)
        || m(d.firmwareVersion) || m(d.binding.key) || m(d.binding.profile)
        || m(DeviceText::healthId(d.health)))
        return true;
    if (d.binding.isBound() && m(DeviceText::protocolId(d.binding.protocol)))
        return true;
    for (const QString &tag : d.tags) {
        if (m(tag))
            return true;
    }
    if (n.idPlausible && !d.id.isNull()) {
        char16_t buffer[36];
        formatUuid(d.id, buffer);
        if (m(QStringView(buffer, 36)))
            return true;
    }
    return false;
}

const QString *findByName(const QHash<QString, QString> &map, const Node &n)
{
    const auto exact = map.constFind(n.original);
    if (exact != map.constEnd())
        return &exact.value();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (equalsFolded(it.key(), n.text))
            return &it.value();
    }
    return nullptr;
}

bool savedMatches(const Node &n, const Device &d, const Env &env)
{
    if (activeSaved.contains(n.text))
        return false; // a cycle: parse(text, context) reports it
    std::shared_ptr<const FleetQuery> query = n.bound;
    if (!query) {
        const QString *text = findByName(env.context.savedFilters, n);
        if (!text)
            return false;
        std::lock_guard<std::mutex> lock(n.cacheMutex);
        if (!n.cached || n.cachedText != *text) {
            n.cached = std::make_shared<const FleetQuery>(FleetQuery::parse(*text));
            n.cachedText = *text;
        }
        query = n.cached;
    }
    activeSaved.append(n.text);
    const bool result = query->matches(d, env.context);
    activeSaved.removeLast();
    return result;
}

bool fieldMatches(const Node &n, const Device &d, const Env &env)
{
    switch (n.field) {
    case Field::Name:
        return textFieldMatches(n, d.name);
    case Field::Serial:
        return textFieldMatches(n, d.serial);
    case Field::Model:
        return textFieldMatches(n, d.model);
    case Field::Site:
        return textFieldMatches(n, QStringView(d.site).trimmed());
    case Field::Server:
        return textFieldMatches(n, d.binding.profile);
    case Field::Endpoint:
        return textFieldMatches(n, d.binding.key);
    case Field::Id: {
        if (!n.glob)
            return d.id == n.uuid;
        char16_t buffer[36];
        formatUuid(d.id, buffer);
        return globMatch(QStringView(buffer, 36), n.text);
    }
    case Field::Tag:
        if (n.emptyValue)
            return d.tags.isEmpty();
        for (const QString &tag : d.tags) {
            if (textFieldMatches(n, tag))
                return true;
        }
        return false;
    case Field::Group:
        return groupMatches(n, d);
    case Field::Firmware:
        if (n.glob || n.emptyValue || n.asText)
            return textFieldMatches(n, d.firmwareVersion);
        if (d.firmwareVersion.trimmed().isEmpty())
            return false;
        if (n.op == Op::Range)
            return (!n.hasLow || compareVersion(d.firmwareVersion, n.v1) >= 0)
                   && (!n.hasHigh || compareVersion(d.firmwareVersion, n.v2) <= 0);
        return compareResult(n.op, compareVersion(d.firmwareVersion, n.v1));
    case Field::Health:
    case Field::Lifecycle:
    case Field::Protocol:
        return n.enumMask & (1 << enumIndex(d, n.field));
    case Field::Battery:
    case Field::Signal: {
        const std::optional<int> &value
            = n.field == Field::Battery ? d.batteryPercent : d.signalDbm;
        if (!value)
            return false;
        if (n.op == Op::Range)
            return (!n.hasLow || *value >= n.low) && (!n.hasHigh || *value <= n.high);
        return compareWith<double>(n.op, *value, n.low, n.high);
    }
    case Field::Seen: {
        if (n.never)
            return !d.lastSeen.isValid();
        if (!d.lastSeen.isValid())
            return false;
        const qint64 age = env.nowMs - d.lastSeen.toMSecsSinceEpoch();
        if (n.op == Op::Range)
            return (!n.hasLow || age >= n.ms1) && (!n.hasHigh || age <= n.ms2);
        // seen:2h (no operator) = seen within the last 2 h.
        return compareWith<qint64>(n.op == Op::Eq ? Op::Le : n.op, age, n.ms1, n.ms2);
    }
    case Field::In:
        for (auto it = env.context.staticGroups.constBegin();
             it != env.context.staticGroups.constEnd();
             ++it) {
            if (textFieldMatches(n, it.key()) && it.value().contains(d.id))
                return true;
        }
        return false;
    case Field::Saved:
        return savedMatches(n, d, env);
    case Field::Duplicate: {
        const bool duplicate
            = !d.serial.isEmpty() && env.context.duplicateSerials.contains(d.serial);
        return n.enumMask & (1 << (duplicate ? 0 : 1));
    }
    case Field::Stale: {
        const bool stale
            = d.binding.isBound() && env.context.unreachableProfiles.contains(d.binding.profile);
        return n.enumMask & (1 << (stale ? 0 : 1));
    }
    }
    return false;
}

bool eval(const Node &n, const Device &d, const Env &env)
{
    switch (n.kind) {
    case Kind::And:
        for (const NodePtr &child : n.children) {
            if (!eval(*child, d, env))
                return false;
        }
        return true;
    case Kind::Or:
        for (const NodePtr &child : n.children) {
            if (eval(*child, d, env))
                return true;
        }
        return false;
    case Kind::Not:
        return !eval(*n.children.front(), d, env);
    case Kind::All:
        return true;
    case Kind::Text:
        return textMatches(n, d);
    case Kind::Field:
        return fieldMatches(n, d, env);
    }
    return false;
}

bool usesNow(const Node &n)
{
    if (n.kind == Kind::Field && n.field == Field::Seen)
        return true;
    if (n.kind == Kind::Field && n.field == Field::Saved)
        return true; // unknown until the saved query is evaluated
    for (const NodePtr &child : n.children) {
        if (usesNow(*child))
            return true;
    }
    return false;
}

// ---- The parser -------------------------------------------------------------------------------

enum class Token { End, LParen, RParen, Or, And, Not, Minus, Term };

struct Value
{
    QString text;
    bool quoted = false;
    bool wildcard = false;
    int start = 0;
    int end = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : s(text)
    {}

    const QString &s;
    int i = 0;
    int depth = 0;
    QString error;
    int errorPosition = -1;
    int errorLength = 0;

    bool failed() const { return !error.isEmpty(); }

    NodePtr fail(const QString &message, int position, int length)
    {
        if (error.isEmpty()) {
            error = message;
            errorPosition = qBound(0, position, int(s.size()));
            errorLength = qMax(0, qMin(length, int(s.size()) - errorPosition));
        }
        return nullptr;
    }

    static QString at(int position) { return FleetQuery::tr("at character %1").arg(position + 1); }

    void skipSpace()
    {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
    }

    static bool isBreak(QChar c)
    {
        return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
    }

    // The end of the raw word at `from` (outside quotes, up to whitespace or a parenthesis).
    int wordEnd(int from) const
    {
        int j = from;
        bool quoted = false;
        while (j < s.size()) {
            const QChar c = s.at(j);
            if (quoted) {
                if (c == QLatin1Char('\\') && j + 1 < s.size())
                    ++j;
                else if (c == QLatin1Char('"'))
                    quoted = false;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (isBreak(c)) {
                break;
            }
            ++j;
        }
        return j;
    }

    Token peek(int *length = nullptr)
    {
        skipSpace();
        int len = 1;
        Token t = Token::Term;
        if (i >= s.size()) {
            t = Token::End;
            len = 0;
        } else if (s.at(i) == QLatin1Char('(')) {
            t = Token::LParen;
        } else if (s.at(i) == QLatin1Char(')')) {
            t = Token::RParen;
        } else if (s.at(i) == QLatin1Char('-')) {
            t = Token::Minus;
        } else {
            const int end = wordEnd(i);
            const QStringView word = QStringView(s).mid(i, end - i);
            len = end - i;
            if (word == QLatin1String("OR"))
                t = Token::Or;
            else if (word == QLatin1String("AND"))
                t = Token::And;
            else if (word == QLatin1String("NOT"))
                t = Token::Not;
        }
        if (length)
            *length = len;
        return t;
    }

    static bool startsOperand(Token t)
    {
        return t == Token::LParen || t == Token::Not || t == Token::Minus || t == Token::Term;
    }

    NodePtr parseQuery()
    {
        NodePtr root = parseOr();
        if (failed())
            return nullptr;
        int len = 0;
        const Token t = peek(&len);
        if (t == Token::RParen)
            return fail(FleetQuery::tr("This \")\" %1 has no matching \"(\".").arg(at(i)), i, 1);
        if (t != Token::End)
            return fail(FleetQuery::tr("Unexpected text %1.").arg(at(i)), i, len);
        return root;
    }

    NodePtr parseOr()
    {
        std::vector<NodePtr> alternatives;
        NodePtr first = parseAnd();
        if (failed())
            return nullptr;
        int len = 0;
        if (!first) {
            if (peek(&len) == Token::Or)
                return fail(FleetQuery::tr("OR %1 needs a term before it.").arg(at(i)), i, len);
            return nullptr; // empty: the caller decides
        }
        alternatives.push_back(first);
        while (peek(&len) == Token::Or) {
            const int orPosition = i;
            i += len;
            if (!startsOperand(peek()))
                return fail(FleetQuery::tr("OR %1 needs a term after it.").arg(at(orPosition)),
                            orPosition,
                            len);
            NodePtr next = parseAnd();
            if (failed())
                return nullptr;
            alternatives.push_back(next);
        }
        if (alternatives.size() == 1)
            return first;
        auto node = std::make_shared<Node>();
        node->kind = Kind::Or;
        node->children = std::move(alternatives);
        return node;
    }

    NodePtr parseAnd()
    {
        std::vector<NodePtr> terms;
        while (true) {
            int len = 0;
            const Token t = peek(&len);
            if (t == Token::End || t == Token::RParen || t == Token::Or)
                break;
            if (t == Token::And) {
                const int andPosition = i;
                if (terms.empty())
                    return fail(
                        FleetQuery::tr("AND %1 needs a term before it.").arg(at(i)), i, len);
                i += len;
                if (!startsOperand(peek()))
                    return fail(
                        FleetQuery::tr("AND %1 needs a term after it.").arg(at(andPosition)),
                        andPosition,
                        len);
                continue;
            }
            NodePtr term = parseUnary();
            if (failed())
                return nullptr;
            terms.push_back(term);
        }
        if (terms.empty())
            return nullptr;
        if (terms.size() == 1)
            return terms.front();
        auto node = std::make_shared<Node>();
        node->kind = Kind::And;
        node->children = std::move(terms);
        return node;
    }

    NodePtr parseUnary()
    {
        int len = 0;
        const Token t = peek(&len);
        if (t == Token::Not || t == Token::Minus) {
            const int notPosition = i;
            i += len;
            if (++depth > MaxDepth)
                return fail(
                    FleetQuery::tr("The query is nested too deeply %1.").arg(at(notPosition)),
                    notPosition,
                    len);
            if (t == Token::Minus && (i >= s.size() || s.at(i).isSpace()))
                return fail(FleetQuery::tr("\"-\" %1 must stand right before the term it "
                                           "excludes, as in -tag:spare.")
                                .arg(at(notPosition)),
                            notPosition,
                            1);
            if (!startsOperand(peek()))
                return fail(
                    t == Token::Not
                        ? FleetQuery::tr("NOT %1 needs a term after it.").arg(at(notPosition))
                        : FleetQuery::tr("\"-\" %1 needs a term after it.").arg(at(notPosition)),
                    notPosition,
                    len);
            NodePtr operand = parseUnary();
            --depth;
            if (failed())
                return nullptr;
            auto node = std::make_shared<Node>();
            node->kind = Kind::Not;
            node->children.push_back(operand);
            return node;
        }
        if (t == Token::LParen) {
            const int open = i;
            ++i;
            if (++depth > MaxDepth)
                return fail(
                    FleetQuery::tr("The query is nested too deeply %1.").arg(at(open)), open, 1);
            NodePtr inner = parseOr();
            --depth;
            if (failed())
                return nullptr;
            if (peek() != Token::RParen)
                return fail(
                    FleetQuery::tr("The parenthesis %1 is never closed.").arg(at(open)), open, 1);
            if (!inner)
                return fail(FleetQuery::tr("The parentheses %1 are empty.").arg(at(open)),
                            open,
                            i - open + 1);
            ++i;
            return inner;
        }
        return parseTerm();
    }

    // Reads a value (quotes, escapes) from i to the end of the word.
    bool readValue(Value *value)
    {
        value->start = i;
        bool quoted = false;
        int quoteStart = -1;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (quoted) {
                if (c == QLatin1Char('\\') && i + 1 < s.size()
                    && (s.at(i + 1) == QLatin1Char('"') || s.at(i + 1) == QLatin1Char('\\'))) {
                    value->text.append(s.at(i + 1));
                    i += 2;
                    continue;
                }
                if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    value->text.append(c);
            } else if (c == QLatin1Char('"')) {
                quoted = true;
                value->quoted = true;
                quoteStart = i;
            } else if (isBreak(c)) {
                break;
            } else {
                value->text.append(c);
            }
            ++i;
        }
        value->end = i;
        if (quoted) {
            fail(FleetQuery::tr("The quote %1 is never closed.").arg(at(quoteStart)),
                 quoteStart,
                 int(s.size()) - quoteStart);
            return false;
        }
        value->wildcard = hasWildcard(value->text);
        return true;
    }

    NodePtr parseTerm()
    {
        const int start = i;
        // field:… — a name of letters right before a colon.
        int j = i;
        while (j < s.size() && s.at(j).isLetter() && s.at(j).unicode() < 128)
            ++j;
        if (j > i && j < s.size() && s.at(j) == QLatin1Char(':'))
            return parseField(start, j);

        Value value;
        if (!readValue(&value))
            return nullptr;
        auto node = std::make_shared<Node>();
        node->position = start;
        node->length = i - start;
        if (value.text.isEmpty()) {
            node->kind = Kind::All;
            return node;
        }
        node->kind = Kind::Text;
        node->glob = value.wildcard;
        node->text = foldString(value.text);
        node->idPlausible = std::all_of(node->text.cbegin(), node->text.cend(), [](QChar c) {
            return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || c == QLatin1Char('-')
                   || c == QLatin1Char('*') || c == QLatin1Char('?');
        });
        return node;
    }

    QString suggestion(const QString &typed) const
    {
        const QString lower = typed.toLower();
        QString best;
        int bestDistance = 3;
        for (const FieldInfo &info : Fields) {
            for (const char *n : {info.name, info.alias1, info.alias2}) {
                if (!n)
                    continue;
                const QString name = QString::fromLatin1(n);
                int distance = editDistance(lower, name);
                if (name.startsWith(lower) || lower.startsWith(name))
                    distance = qMin(distance, 1);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = name;
                }
            }
        }
        return best;
    }

    NodePtr parseField(int start, int colon)
    {
        const QString name = s.mid(start, colon - start);
        const FieldInfo *info = findField(name);
        if (!info) {
            const QString hint = suggestion(name);
            return fail(hint.isEmpty()
                            ? FleetQuery::tr("Unknown field \"%1\" %2. Put the text in quotes to "
                                             "search for it as it is.")
                                  .arg(name, at(start))
                            : FleetQuery::tr("Unknown field \"%1\" %2. Did you mean \"%3\"?")
                                  .arg(name, at(start), hint),
                        start,
                        colon - start);
        }
        const Field field = info->field;
        const QString fieldName = QString::fromLatin1(info->name);
        i = colon + 1;

        Op op = Op::Eq;
        const int opStart = i;
        auto startsWith = [&](const char *text) {
            return QStringView(s).mid(i).startsWith(QLatin1String(text));
        };
        if (startsWith("<=")) {
            op = Op::Le;
            i += 2;
        } else if (startsWith(">=")) {
            op = Op::Ge;
            i += 2;
        } else if (startsWith("<")) {
            op = Op::Lt;
            ++i;
        } else if (startsWith(">")) {
            op = Op::Gt;
            ++i;
        } else if (startsWith("=")) {
            ++i;
        }
        const QString opText = s.mid(opStart, i - opStart);

        Value value;
        if (!readValue(&value))
            return nullptr;
        const int valueLength = value.end - value.start;
        if (value.text.isEmpty() && !value.quoted)
            return fail(FleetQuery::tr("%1: needs a value %2, as in %3.")
                            .arg(fieldName, at(value.start), example(field)),
                        value.start,
                        0);

        auto node = std::make_shared<Node>();
        node->kind = Kind::Field;
        node->field = field;
        node->op = op;
        node->position = start;
        node->length = i - start;
        node->original = value.text;

        const bool comparable = field == Field::Firmware || field == Field::Battery
                                || field == Field::Signal || field == Field::Seen;
        if (op != Op::Eq && !comparable)
            return fail(FleetQuery::tr("%1: does not compare with \"%2\" %3; only fw, battery, "
                                       "signal and seen do.")
                            .arg(fieldName, opText, at(opStart)),
                        opStart,
                        opText.size());

        if (isEnumField(field))
            return compileEnum(node, value, fieldName);

        switch (field) {
        case Field::Battery:
        case Field::Signal:
            return compileNumber(node, value, fieldName);
        case Field::Seen:
            return compileSeen(node, value, fieldName);
        case Field::Firmware:
            if (value.wildcard || value.text.isEmpty()) {
                if (op != Op::Eq)
                    return fail(FleetQuery::tr("fw: a pattern %1 cannot be compared; write "
                                               "fw:2.1* or fw:<2.1.")
                                    .arg(at(value.start)),
                                value.start,
                                valueLength);
                return compileText(node, value);
            }
            return compileVersion(node, value);
        case Field::Id:
            if (value.wildcard)
                return compileText(node, value);
            node->uuid = QUuid::fromString(value.text.trimmed());
            if (node->uuid.isNull())
                return fail(FleetQuery::tr("id: \"%1\" %2 is not a device id; write the whole id "
                                           "or a pattern such as id:1a2b*.")
                                .arg(value.text, at(value.start)),
                            value.start,
                            valueLength);
            return node;
        case Field::Group: {
            compileText(node, value);
            const QStringList parts = value.text.split(QLatin1Char('/'));
            for (const QString &part : parts) {
                const QString trimmed = part.trimmed();
                if (!trimmed.isEmpty())
                    node->segments.append(foldString(trimmed));
            }
            node->emptyValue = node->segments.isEmpty();
            if (node->glob)
                node->text = node->segments.join(QLatin1Char('/'));
            return node;
        }
        case Field::In:
        case Field::Saved:
            return compileText(node, value);
        default:
            return compileText(node, value);
        }
    }

    static QString example(Field field)
    {
        switch (field) {
        case Field::Firmware:
            return QStringLiteral("fw:<2.1");
        case Field::Battery:
            return QStringLiteral("battery:<20");
        case Field::Signal:
            return QStringLiteral("signal:<-90");
        case Field::Seen:
            return QStringLiteral("seen:>2h");
        case Field::Health:
            return QStringLiteral("health:offline");
        case Field::Protocol:
            return QStringLiteral("protocol:lwm2m");
        case Field::Lifecycle:
            return QStringLiteral("lifecycle:active");
        case Field::Duplicate:
            return QStringLiteral("duplicate:yes");
        case Field::Stale:
            return QStringLiteral("stale:yes");
        case Field::Group:
            return QStringLiteral("group:\"Line A\"");
        case Field::Site:
            return QStringLiteral("site:\"Osaka*\"");
        default:
            return QStringLiteral("%1:value").arg(QString::fromLatin1(infoOf(field).name));
        }
    }

    NodePtr compileText(const NodePtr &node, const Value &value)
    {
        node->glob = value.wildcard;
        node->text = foldString(value.text);
        node->emptyValue = value.text.isEmpty();
        return node;
    }

    NodePtr compileEnum(const NodePtr &node, const Value &value, const QString &fieldName)
    {
        const QStringList values = enumValues(node->field);
        const QString folded = foldString(value.text.trimmed());
        for (int k = 0; k < values.size(); ++k) {
            if (value.wildcard ? globMatch(values.at(k), folded) : folded == values.at(k))
                node->enumMask |= 1 << k;
        }
        if (node->enumMask == 0)
            return fail(
                FleetQuery::tr("%1: \"%2\" %3 is not a valid value; use one of %4.")
                    .arg(fieldName, value.text, at(value.start), values.join(FleetQuery::tr(", "))),
                value.start,
                value.end - value.start);
        return node;
    }

    // A number, with an optional unit: battery 20 or 20%, signal -90 or -90dBm.
    bool number(const QString &text, Field field, double *out) const
    {
        QString t = text.trimmed();
        if (field == Field::Battery && t.endsWith(QLatin1Char('%')))
            t.chop(1);
        if (field == Field::Signal && t.endsWith(QLatin1String("dbm"), Qt::CaseInsensitive))
            t.chop(3);
        bool ok = false;
        *out = QLocale::c().toDouble(t.trimmed(), &ok);
        return ok && !t.isEmpty();
    }

    // Splits "a..b" (either side may be empty, not both); false when there is no "..".
    static bool splitRange(const Value &value, QString *a, QString *b, int *bOffset)
    {
        const int dots = int(value.text.indexOf(QLatin1String("..")));
        if (dots < 0)
            return false;
        *a = value.text.left(dots);
        *b = value.text.mid(dots + 2);
        *bOffset = dots + 2;
        return true;
    }

    NodePtr compileNumber(const NodePtr &node, const Value &value, const QString &fieldName)
    {
        const int length = value.end - value.start;
        auto bad = [&](const QString &text) {
            return fail(FleetQuery::tr("%1: \"%2\" %3 is not a number, as in %4.")
                            .arg(fieldName, text, at(value.start), example(node->field)),
                        value.start,
                        length);
        };
        QString a, b;
        int bOffset = 0;
        if (node->op == Op::Eq && splitRange(value, &a, &b, &bOffset)) {
            node->op = Op::Range;
            node->hasLow = !a.trimmed().isEmpty();
            node->hasHigh = !b.trimmed().isEmpty();
            if (!node->hasLow && !node->hasHigh)
                return bad(value.text);
            if (node->hasLow && !number(a, node->field, &node->low))
                return bad(a);
            if (node->hasHigh && !number(b, node->field, &node->high))
                return bad(b);
            return node;
        }
        if (!number(value.text, node->field, &node->low))
            return bad(value.text);
        return node;
    }

    // "2h", "90s", "1h30m"; units s m h d w.
    static bool duration(const QString &text, qint64 *ms)
    {
        const QString t = text.trimmed().toLower();
        if (t.isEmpty())
            return false;
        qint64 total = 0;
        int k = 0;
        while (k < t.size()) {
            const int numberStart = k;
            while (k < t.size() && (t.at(k).isDigit() || t.at(k) == QLatin1Char('.')))
                ++k;
            if (k == numberStart || k >= t.size())
                return false; // no number, or no unit
            bool ok = false;
            const double amount = t.mid(numberStart, k - numberStart).toDouble(&ok);
            if (!ok)
                return false;
            qint64 unit = 0;
            switch (t.at(k).unicode()) {
            case 's':
                unit = 1000;
                break;
            case 'm':
                unit = 60 * 1000;
                break;
            case 'h':
                unit = 3600 * 1000;
                break;
            case 'd':
                unit = 24 * 3600 * 1000;
                break;
            case 'w':
                unit = 7 * 24 * 3600 * 1000LL;
                break;
            default:
                return false;
            }
            ++k;
            if (amount > 1e6)
                return false;
            total += qint64(amount * double(unit));
        }
        *ms = total;
        return true;
    }

    NodePtr compileSeen(const NodePtr &node, const Value &value, const QString &fieldName)
    {
        const int length = value.end - value.start;
        if (value.text.trimmed().compare(QLatin1String("never"), Qt::CaseInsensitive) == 0) {
            if (node->op != Op::Eq)
                return fail(FleetQuery::tr("seen: \"never\" %1 takes no comparison; write "
                                           "seen:never.")
                                .arg(at(value.start)),
                            value.start,
                            length);
            node->never = true;
            return node;
        }
        auto bad = [&](const QString &text) {
            return fail(FleetQuery::tr("%1: \"%2\" %3 is not a duration; write a number and a "
                                       "unit (s, m, h, d or w) as in seen:>2h, or seen:never.")
                            .arg(fieldName, text, at(value.start)),
                        value.start,
                        length);
        };
        QString a, b;
        int bOffset = 0;
        if (node->op == Op::Eq && splitRange(value, &a, &b, &bOffset)) {
            node->op = Op::Range;
            node->hasLow = !a.trimmed().isEmpty();
            node->hasHigh = !b.trimmed().isEmpty();
            if (!node->hasLow && !node->hasHigh)
                return bad(value.text);
            if (node->hasLow && !duration(a, &node->ms1))
                return bad(a);
            if (node->hasHigh && !duration(b, &node->ms2))
                return bad(b);
            return node;
        }
        if (!duration(value.text, &node->ms1))
            return bad(value.text);
        return node;
    }

    static bool plausibleVersion(const QString &text)
    {
        const QString t = text.trimmed();
        return !t.isEmpty() && t.at(0).isDigit();
    }

    NodePtr compileVersion(const NodePtr &node, const Value &value)
    {
        auto bad = [&](const QString &text) {
            return fail(FleetQuery::tr("fw: \"%1\" %2 is not a version; versions are dotted "
                                       "numbers, as in fw:<2.1 or fw:1.9..2.0.3.")
                            .arg(text, at(value.start)),
                        value.start,
                        value.end - value.start);
        };
        QString a, b;
        int bOffset = 0;
        if (node->op == Op::Eq && splitRange(value, &a, &b, &bOffset)) {
            node->op = Op::Range;
            node->hasLow = !a.trimmed().isEmpty();
            node->hasHigh = !b.trimmed().isEmpty();
            if (!node->hasLow && !node->hasHigh)
                return bad(value.text);
            if (node->hasLow && !plausibleVersion(a))
                return bad(a);
            if (node->hasHigh && !plausibleVersion(b))
                return bad(b);
            node->v1 = makeVersion(a);
            node->v2 = makeVersion(b);
            return node;
        }
        if (node->op != Op::Eq && !plausibleVersion(value.text))
            return bad(value.text);
        if (node->op == Op::Eq && !plausibleVersion(value.text)) {
            // Not a version ("fw:beta"): the whole value, as text.
            node->glob = false;
            node->text = foldString(value.text);
            node->asText = true;
            return node;
        }
        node->v1 = makeVersion(value.text);
        return node;
    }
};

} // namespace

// ---- FleetQuery -------------------------------------------------------------------------------

FleetQuery::FleetQuery() = default;
FleetQuery::~FleetQuery() = default;
FleetQuery::FleetQuery(const FleetQuery &other) = default;
FleetQuery &FleetQuery::operator=(const FleetQuery &other) = default;

FleetQuery FleetQuery::parse(const QString &text)
{
    FleetQuery query;
    query.m_text = text;
    Parser parser(text);
    NodePtr root = parser.parseQuery();
    if (parser.failed()) {
        query.m_error = parser.error;
        query.m_errorPosition = parser.errorPosition;
        query.m_errorLength = parser.errorLength;
        return query;
    }
    query.m_root = root;
    return query;
}

// Resolves in: and saved: against a context (parse(text, context)).
struct FleetQueryPrivate
{
    const FleetQueryContext &context;
    QStringList visiting;      // folded saved-filter names on the current path
    QStringList visitingNames; // the same, as written
    QString error;
    int position = -1;
    int length = 0;
    const Node *anchor = nullptr; // the term of the outer query a problem is reported at

    bool bind(Node &n)
    {
        for (const NodePtr &child : n.children) {
            if (!bind(*child))
                return false;
        }
        if (n.kind != Kind::Field || n.glob)
            return true;
        if (n.field == Field::In) {
            for (auto it = context.staticGroups.constBegin(); it != context.staticGroups.constEnd();
                 ++it) {
                if (equalsFolded(it.key(), n.text))
                    return true;
            }
            return fail(FleetQuery::tr("There is no static group named \"%1\" (at character %2).")
                            .arg(n.original)
                            .arg(where(n)),
                        n);
        }
        if (n.field != Field::Saved)
            return true;
        const QString *text = findByName(context.savedFilters, n);
        if (!text)
            return fail(FleetQuery::tr("There is no saved filter named \"%1\" (at character %2).")
                            .arg(n.original)
                            .arg(where(n)),
                        n);
        if (visiting.contains(n.text)) {
            const QStringList path
                = visitingNames.mid(visiting.indexOf(n.text)) + QStringList{n.original};
            return fail(FleetQuery::tr("The saved filter \"%1\" (at character %2) refers back to "
                                       "itself: %3.")
                            .arg(n.original)
                            .arg(where(n))
                            .arg(path.join(QStringLiteral(" → "))),
                        n);
        }
        FleetQuery sub = FleetQuery::parse(*text);
        if (!sub.isValid())
            return fail(FleetQuery::tr("The saved filter \"%1\" (at character %2) is not valid: %3")
                            .arg(n.original)
                            .arg(where(n))
                            .arg(sub.errorMessage()),
                        n);
        if (visiting.isEmpty())
            anchor = &n;
        visiting.append(n.text);
        visitingNames.append(n.original);
        const bool ok
            = !sub.m_root || bind(const_cast<Node &>(*sub.m_root)); // not shared with anyone yet
        visiting.removeLast();
        visitingNames.removeLast();
        if (!ok) {
            // Report the problem at this term of the outer query.
            position = n.position;
            length = n.length;
            return false;
        }
        n.bound = std::make_shared<const FleetQuery>(sub);
        return true;
    }

    int where(const Node &n) const
    {
        return (anchor && !visiting.isEmpty() ? anchor : &n)->position + 1;
    }

    bool fail(const QString &message, const Node &n)
    {
        const Node &at = anchor && !visiting.isEmpty() ? *anchor : n;
        error = message;
        position = at.position;
        length = at.length;
        return false;
    }
};

FleetQuery FleetQuery::parse(const QString &text, const FleetQueryContext &context)
{
    FleetQuery query = parse(text);
    if (!query.isValid() || !query.m_root)
        return query;
    FleetQueryPrivate binder{context, {}, {}, {}, -1, 0};
    if (!binder.bind(const_cast<Node &>(*query.m_root))) {
        query.m_error = binder.error;
        query.m_errorPosition = binder.position;
        query.m_errorLength = binder.length;
        query.m_root.reset();
    }
    return query;
}

bool FleetQuery::isEmpty() const
{
    return isValid() && !m_root;
}

bool FleetQuery::matches(const Device &device, const FleetQueryContext &context) const
{
    if (!isValid())
        return false;
    if (!m_root)
        return true;
    qint64 now = 0;
    if (usesNow(*m_root))
        now = context.now.isValid() ? context.now.toMSecsSinceEpoch()
                                    : QDateTime::currentMSecsSinceEpoch();
    return eval(*m_root, device, Env{context, now});
}

QString FleetQuery::canonicalField(const QString &name)
{
    const FieldInfo *info = findField(name);
    return info ? QString::fromLatin1(info->name) : QString();
}

QStringList FleetQuery::fieldNames()
{
    QStringList names;
    for (const FieldInfo &info : Fields)
        names.append(QString::fromLatin1(info.name));
    return names;
}

QString FleetQuery::fieldDescription(const QString &field)
{
    const FieldInfo *info = findField(field);
    if (!info)
        return {};
    switch (info->field) {
    case Field::Name:
        return tr("name:pump-0042 — the device name (wildcards: name:pump-00*)");
    case Field::Id:
        return tr("id:… — the device id, whole or as a pattern (id:1a2b*)");
    case Field::Serial:
        return tr("serial:SN1234 — the serial number");
    case Field::Model:
        return tr("model:LT-500 — the device model");
    case Field::Firmware:
        return tr("fw:<2.1 — the firmware version, compared as dotted numbers (also firmware:)");
    case Field::Site:
        return tr("site:\"Osaka*\" — the site");
    case Field::Group:
        return tr("group:\"Line A\" — that group and every group below it");
    case Field::Tag:
        return tr("tag:pump — one of the device's tags");
    case Field::Health:
        return tr("health:offline — online, offline, sleeping or unknown");
    case Field::Lifecycle:
        return tr("lifecycle:active — provisioned, active, disabled or retired");
    case Field::Protocol:
        return tr("protocol:lwm2m — lwm2m, mqtt or none");
    case Field::Server:
        return tr("server:sandbox-leshan — the server or broker profile (also profile:)");
    case Field::Endpoint:
        return tr("endpoint:ep-42 — the LwM2M endpoint or MQTT device id (also key:)");
    case Field::Battery:
        return tr("battery:<20 — the battery level in %; ranges as battery:20..50");
    case Field::Signal:
        return tr("signal:<-90 — the signal strength in dBm");
    case Field::Seen:
        return tr("seen:>2h — last seen more than 2 h ago; seen:<10m within 10 min; seen:never");
    case Field::In:
        return tr("in:\"Spare pumps\" — members of a static group");
    case Field::Saved:
        return tr("saved:\"Low battery\" — the devices a saved filter finds");
    case Field::Duplicate:
        return tr("duplicate:yes — the serial is on two or more devices");
    case Field::Stale:
        return tr("stale:yes — the device's server or broker is not reachable now");
    }
    return {};
}

namespace {

QString quoteIfNeeded(const QString &value)
{
    bool needs = value.isEmpty() || value.startsWith(QLatin1Char('-'));
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QLatin1Char('\\')) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

constexpr int MaxCompletions = 50;

// Candidates that start with the typed text first, then those that contain it.
QStringList rank(const QStringList &values, const QString &typed, bool quote)
{
    QStringList starts, contains;
    for (const QString &value : values) {
        if (value.startsWith(typed, Qt::CaseInsensitive))
            starts.append(value);
        else if (typed.size() >= 2 && value.contains(typed, Qt::CaseInsensitive))
            contains.append(value);
    }
    QStringList out = starts + contains;
    if (out.size() > MaxCompletions)
        out = out.mid(0, MaxCompletions);
    if (quote) {
        for (QString &value : out)
            value = quoteIfNeeded(value);
    }
    return out;
}

// The distinct values of a field that can be offered for `typed` (see rank()); checked before
// anything is allocated, so a keystroke over 100,000 devices stays cheap.
QStringList distinctSorted(const DeviceList &fleet, Field field, const QString &typed)
{
    const QString needle = foldString(typed);
    QHash<QString, QString> byFolded; // folded -> first spelling
    auto add = [&byFolded, &needle](const QString &value) {
        const QStringView view = QStringView(value).trimmed();
        if (view.isEmpty())
            return;
        if (!needle.isEmpty()) {
            const bool fits = needle.size() >= 2
                                  ? containsFolded(view, needle)
                                  : view.size() >= needle.size()
                                        && equalsFolded(view.left(needle.size()), needle);
            if (!fits)
                return;
        }
        const QString trimmed = view.toString();
        const QString key = trimmed.toCaseFolded();
        if (!byFolded.contains(key))
            byFolded.insert(key, trimmed);
    };
    for (const Device &d : fleet) {
        switch (field) {
        case Field::Name:
            add(d.name);
            break;
        case Field::Serial:
            add(d.serial);
            break;
        case Field::Model:
            add(d.model);
            break;
        case Field::Firmware:
            add(d.firmwareVersion);
            break;
        case Field::Site:
            add(d.site);
            break;
        case Field::Group: {
            const QStringList segments = d.groupSegments();
            QString path;
            for (const QString &segment : segments) {
                path += (path.isEmpty() ? QString() : QStringLiteral("/")) + segment;
                add(path);
            }
            break;
        }
        case Field::Tag:
            for (const QString &tag : d.tags)
                add(tag);
            break;
        case Field::Server:
            add(d.binding.profile);
            break;
        case Field::Endpoint:
            add(d.binding.key);
            break;
        case Field::Id:
            add(d.id.toString(QUuid::WithoutBraces));
            break;
        default:
            break;
        }
    }
    QStringList values = byFolded.values();
    if (field == Field::Firmware) {
        std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
            const int c = compareVersion(a, makeVersion(b));
            return c != 0 ? c < 0 : a < b;
        });
    } else {
        std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
    }
    return values;
}

} // namespace

QStringList FleetQuery::completions(const QString &text,
                                    int cursor,
                                    const DeviceList &fleet,
                                    const FleetQueryContext &context,
                                    int *replaceFrom)
{
    cursor = qBound(0, cursor, int(text.size()));
    // The start of the word being typed (quotes keep their spaces).
    int start = 0;
    bool quoted = false;
    for (int k = 0; k < cursor; ++k) {
        const QChar c = text.at(k);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++k;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            start = k + 1;
        }
    }
    while (start < cursor && text.at(start) == QLatin1Char('-'))
        ++start;
    const QString word = text.mid(start, cursor - start);
    if (replaceFrom)
        *replaceFrom = start;

    const int colon = int(word.indexOf(QLatin1Char(':')));
    int letters = 0;
    while (letters < word.size() && word.at(letters).isLetter())
        ++letters;
    if (colon < 0 || colon != letters) {
        if (word.startsWith(QLatin1Char('"')) || letters != word.size())
            return {};
        // A field name.
        QStringList out;
        for (const FieldInfo &info : Fields) {
            for (const char *n : {info.name, info.alias1, info.alias2}) {
                if (!n)
                    continue;
                const QString name = QString::fromLatin1(n);
                if (name.startsWith(word, Qt::CaseInsensitive)) {
                    out.append(name + QLatin1Char(':'));
                    break; // one spelling per field: the first that fits
                }
            }
        }
        return out;
    }

    const FieldInfo *info = findField(word.left(colon));
    if (!info)
        return {};
    int valueStart = colon + 1;
    while (valueStart < word.size()
           && (word.at(valueStart) == QLatin1Char('<') || word.at(valueStart) == QLatin1Char('>')
               || word.at(valueStart) == QLatin1Char('=')))
        ++valueStart;
    if (replaceFrom)
        *replaceFrom = start + valueStart;
    QString typed = word.mid(valueStart);
    if (typed.startsWith(QLatin1Char('"'))) {
        typed = typed.mid(1);
        if (typed.endsWith(QLatin1Char('"')))
            typed.chop(1);
        typed.replace(QLatin1String("\\\""), QLatin1String("\""));
    }

    const Field field = info->field;
    if (isEnumField(field))
        return rank(enumValues(field), typed, false);
    switch (field) {
    case Field::Seen:
        return rank({QStringLiteral("never"),
                     QStringLiteral("<10m"),
                     QStringLiteral("<1h"),
                     QStringLiteral(">2h"),
                     QStringLiteral(">1d"),
                     QStringLiteral(">1w")},
                    typed,
                    false);
    case Field::Battery:
    case Field::Signal:
        return {};
    case Field::In: {
        QStringList names = context.staticGroups.keys();
        names.sort(Qt::CaseInsensitive);
        return rank(names, typed, true);
    }
    case Field::Saved: {
        QStringList names = context.savedFilters.keys();
        names.sort(Qt::CaseInsensitive);
        return rank(names, typed, true);
    }
    default:
        return rank(distinctSorted(fleet, field, typed), typed, true);
    }
}
