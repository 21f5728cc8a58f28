// Temporary stand-in so that everything builds: free text only (DeviceFilter). The FLEET issue's
// parser replaces this file.
#include "fleet/FleetQuery.h"

#include "fleet/DeviceFilter.h"

struct FleetQuery::Node
{
    DeviceFilter filter;
};

FleetQuery::FleetQuery() = default;
FleetQuery::~FleetQuery() = default;
FleetQuery::FleetQuery(const FleetQuery &other) = default;
FleetQuery &FleetQuery::operator=(const FleetQuery &other) = default;

FleetQuery FleetQuery::parse(const QString &text)
{
    FleetQuery query;
    query.m_text = text;
    auto node = std::make_shared<Node>();
    node->filter = DeviceFilter(text);
    query.m_root = node;
    return query;
}

bool FleetQuery::isEmpty() const
{
    return !m_root || m_root->filter.isEmpty();
}

bool FleetQuery::matches(const Device &device, const FleetQueryContext &) const
{
    return isValid() && (!m_root || m_root->filter.matches(device));
}

QStringList FleetQuery::fieldNames()
{
    return {};
}

QString FleetQuery::fieldDescription(const QString &)
{
    return {};
}

QStringList FleetQuery::completions(
    const QString &, int cursor, const DeviceList &, const FleetQueryContext &, int *replaceFrom)
{
    if (replaceFrom)
        *replaceFrom = cursor;
    return {};
}
