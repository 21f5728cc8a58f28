#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>

// What a query needs besides the device itself.
struct FleetQueryContext
{
    QDateTime now;                            // UTC; seen:>2h is relative to it
    QHash<QString, QSet<QUuid>> staticGroups; // in:NAME — static group name -> members
    QHash<QString, QString> savedFilters;     // saved:NAME — saved filter name -> query text
    QSet<QString> duplicateSerials;           // duplicate:yes — see FleetGrouping
    QSet<QString> unreachableProfiles;        // stale:yes — profiles not reachable now
};

// The fleet query language of the filter box, smart groups and the CLI (docs/query.md): free
// text and field terms (`fw:<2.1 battery:<20 site:"Osaka*" health:offline seen:>2h`), combined
// with AND (implicit), OR, NOT/-, and parentheses. Parsing never fails silently: an invalid query
// has an error message (translated) pointing at the position of the problem.
class FleetQuery
{
    Q_DECLARE_TR_FUNCTIONS(FleetQuery)

public:
    struct Node;

    FleetQuery();
    ~FleetQuery();
    FleetQuery(const FleetQuery &other);
    FleetQuery &operator=(const FleetQuery &other);

    static FleetQuery parse(const QString &text);
    // parse(text), then checks the names the query takes from the context: in:NAME needs a static
    // group, saved:NAME a saved filter whose query is valid and does not refer back to itself
    // (directly or through other saved filters). Saved filters are compiled into the tree, so
    // matching does not parse them again. Use this overload wherever a context is at hand.
    static FleetQuery parse(const QString &text, const FleetQueryContext &context);

    QString text() const { return m_text; }
    bool isEmpty() const; // no terms: matches every device
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }      // "" when valid; names what and where
    int errorPosition() const { return m_errorPosition; } // character index into text(), -1
    int errorLength() const { return m_errorLength; }

    // An invalid query matches nothing. Thread-safe (the compiled tree is immutable).
    bool matches(const Device &device, const FleetQueryContext &context) const;

    // The canonical field name for a field name or alias ("firmware" -> "fw"), "" if unknown.
    static QString canonicalField(const QString &name);

    // The field names (stable, untranslated) in the order completion offers them.
    static QStringList fieldNames();
    // One line per field for help and completion tooltips (translated).
    static QString fieldDescription(const QString &field);

    // Completion at `cursor` in `text`: the candidates (field names with their ':' or values of
    // the field being typed, quoted when needed) for the word that starts at *replaceFrom.
    static QStringList completions(const QString &text,
                                   int cursor,
                                   const DeviceList &fleet,
                                   const FleetQueryContext &context,
                                   int *replaceFrom);

private:
    friend struct FleetQueryPrivate;

    QString m_text;
    QString m_error;
    int m_errorPosition = -1;
    int m_errorLength = 0;
    std::shared_ptr<const Node> m_root;
};
