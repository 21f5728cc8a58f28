#pragma once

#include "lwm2m/CoapLogEntry.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters a ProtocolLogModel: by direction, and by text (case-insensitive, in the code, options
// and payload; several words must all match). Keeps the source's order.
class ProtocolLogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProtocolLogFilterProxyModel(QObject *parent = nullptr);

    // Nothing = both directions.
    void setDirection(std::optional<CoapLogEntry::Direction> direction);
    std::optional<CoapLogEntry::Direction> direction() const { return m_direction; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isFiltering() const { return m_direction.has_value() || !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<CoapLogEntry::Direction> m_direction;
    QString m_text;
    QStringList m_words;
};
