#include "CampaignDeviceModel.h"

#include "PaintedIconEngine.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace {

void paintState(QPainter *painter, const QRectF &rect, CampaignDeviceState state)
{
    const qreal side = qMin(rect.width(), rect.height());
    const qreal stroke = qMax(1.0, side * 0.12);
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF circle = box.adjusted(side * 0.14, side * 0.14, -side * 0.14, -side * 0.14);
    const QRectF ring = circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    const QColor colour = CampaignDeviceModel::stateColour(state);
    const QPointF c = circle.center();
    const qreal r = circle.width() / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case CampaignDeviceState::Pending: // hollow ring
        painter->setPen(pen);
        painter->drawEllipse(ring);
        break;
    case CampaignDeviceState::Skipped: { // ring with a bar: "not for this one"
        painter->setPen(pen);
        painter->drawEllipse(ring);
        painter->drawLine(QPointF(c.x() - r * 0.55, c.y()), QPointF(c.x() + r * 0.55, c.y()));
        break;
    }
    case CampaignDeviceState::Downloading:
    case CampaignDeviceState::Downloaded: { // an arrow down; downloaded adds the tray under it
        painter->setPen(pen);
        painter->drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r * 0.45));
        painter->drawLine(QPointF(c.x() - r * 0.55, c.y() - r * 0.1),
                          QPointF(c.x(), c.y() + r * 0.45));
        painter->drawLine(QPointF(c.x() + r * 0.55, c.y() - r * 0.1),
                          QPointF(c.x(), c.y() + r * 0.45));
        if (state == CampaignDeviceState::Downloaded)
            painter->drawLine(QPointF(c.x() - r * 0.8, c.y() + r * 0.95),
                              QPointF(c.x() + r * 0.8, c.y() + r * 0.95));
        break;
    }
    case CampaignDeviceState::Updating: // half-filled disc: in progress
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPie(circle, 90 * 16, 180 * 16);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pen);
        painter->drawEllipse(ring);
        break;
    case CampaignDeviceState::Succeeded: { // filled disc with a check mark
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(c.x() - r * 0.5, c.y());
        tick.lineTo(c.x() - r * 0.12, c.y() + r * 0.4);
        tick.lineTo(c.x() + r * 0.55, c.y() - r * 0.38);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, stroke * 1.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(tick);
        break;
    }
    case CampaignDeviceState::Failed: { // a cross in a filled octagon
        QPainterPath octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = (22.5 + 45.0 * i) * 3.14159265358979 / 180.0;
            const QPointF p(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
            i == 0 ? octagon.moveTo(p) : octagon.lineTo(p);
        }
        octagon.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(octagon);
        painter->setPen(QPen(Qt::white, stroke * 1.1, Qt::SolidLine, Qt::RoundCap));
        const qreal d = r * 0.4;
        painter->drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        painter->drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d));
        break;
    }
    case CampaignDeviceState::Cancelled: { // a hollow square: stopped
        painter->setPen(pen);
        const qreal d = r * 0.75;
        painter->drawRect(QRectF(c.x() - d, c.y() - d, 2 * d, 2 * d));
        break;
    }
    }
    painter->restore();
}

QIcon makeIcon(CampaignDeviceState state)
{
    return QIcon(new PaintedIconEngine(
        [state](QPainter *painter, const QRectF &rect) { paintState(painter, rect, state); }));
}

} // namespace

CampaignDeviceModel::CampaignDeviceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CampaignDeviceModel::setNow(const QDateTime &now)
{
    m_now = now;
    // Durations of devices in flight move with the clock.
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).isInFlight())
            emit dataChanged(index(row, DurationColumn), index(row, DurationColumn));
    }
}

bool CampaignDeviceModel::sameRow(const CampaignDeviceRecord &a, const CampaignDeviceRecord &b)
{
    return a.state == b.state && a.attempt == b.attempt && a.wave == b.wave && a.reason == b.reason
           && a.resultCode == b.resultCode && a.fromVersion == b.fromVersion
           && a.reportedVersion == b.reportedVersion && a.mark == b.mark
           && a.startedAt == b.startedAt && a.finishedAt == b.finishedAt && a.name == b.name
           && a.model == b.model && a.protocol == b.protocol;
}

void CampaignDeviceModel::setRecords(const QVector<CampaignDeviceRecord> &records)
{
    bool sameDevices = records.size() == m_records.size();
    for (int row = 0; sameDevices && row < records.size(); ++row)
        sameDevices = records.at(row).deviceId == m_records.at(row).deviceId;

    if (!sameDevices) {
        beginResetModel();
        m_records = records;
        m_rows.clear();
        m_rows.reserve(m_records.size());
        for (int row = 0; row < m_records.size(); ++row)
            m_rows.insert(m_records.at(row).deviceId, row);
        endResetModel();
        return;
    }
    // Same devices in the same order: only the rows that changed, in contiguous runs.
    int first = -1;
    for (int row = 0; row <= records.size(); ++row) {
        const bool changed = row < records.size() && !sameRow(records.at(row), m_records.at(row));
        if (changed) {
            m_records[row] = records.at(row);
            if (first < 0)
                first = row;
        } else if (first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

int CampaignDeviceModel::rowOf(const QUuid &deviceId) const
{
    return m_rows.value(deviceId, -1);
}

int CampaignDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CampaignDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignDeviceModel::waveName(int wave)
{
    // 0 is the canary, so the first wave after it is "Wave 2" (issue 7: "canary, wave 2, …").
    if (wave == 0)
        return tr("Canary");
    return tr("Wave %1").arg(wave + 1);
}

QColor CampaignDeviceModel::stateColour(CampaignDeviceState state)
{
    // Okabe–Ito palette: readable on light and dark palettes, distinguishable without red/green.
    switch (state) {
    case CampaignDeviceState::Pending:
    case CampaignDeviceState::Cancelled:
        return QColor(0x8A, 0x8F, 0x98); // grey
    case CampaignDeviceState::Skipped:
        return QColor(0xB0, 0x8C, 0x00); // dark yellow
    case CampaignDeviceState::Downloading:
    case CampaignDeviceState::Downloaded:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case CampaignDeviceState::Updating:
        return QColor(0x00, 0x72, 0xB2); // blue
    case CampaignDeviceState::Succeeded:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case CampaignDeviceState::Failed:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    }
    return QColor(0x8A, 0x8F, 0x98);
}

QIcon CampaignDeviceModel::stateIcon(CampaignDeviceState state)
{
    static const QHash<CampaignDeviceState, QIcon> icons = [] {
        QHash<CampaignDeviceState, QIcon> all;
        for (auto s : {CampaignDeviceState::Pending,
                       CampaignDeviceState::Skipped,
                       CampaignDeviceState::Downloading,
                       CampaignDeviceState::Downloaded,
                       CampaignDeviceState::Updating,
                       CampaignDeviceState::Succeeded,
                       CampaignDeviceState::Failed,
                       CampaignDeviceState::Cancelled})
            all.insert(s, makeIcon(s));
        return all;
    }();
    return icons.value(state);
}

QString CampaignDeviceModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

qint64 CampaignDeviceModel::durationSeconds(const CampaignDeviceRecord &record) const
{
    if (!record.startedAt.isValid())
        return -1;
    if (record.finishedAt.isValid())
        return record.startedAt.secsTo(record.finishedAt);
    if (record.isInFlight()) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return qMax<qint64>(0, record.startedAt.secsTo(now));
    }
    return -1;
}

QVariant CampaignDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignDeviceRecord &r = m_records.at(index.row());

    switch (role) {
    case DeviceIdRole:
        return r.deviceId;
    case StateIdRole:
        return CampaignText::deviceStateId(r.state);
    case SortRole:
        switch (index.column()) {
        case WaveColumn:
            return r.wave;
        case StateColumn:
            return int(r.state);
        case AttemptColumn:
            return r.attempt;
        case ResultColumn:
            return r.resultCode.value_or(-1);
        case StartedColumn:
            return r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : qint64(-1);
        case DurationColumn:
            return durationSeconds(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateIcon(r.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !r.reason.isEmpty())
            return r.reason;
        if (index.column() == VersionColumn && r.mark == QLatin1String("never_back"))
            return tr("The device never came back after its update.");
        if (index.column() == StartedColumn && r.startedAt.isValid())
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case NameColumn:
        return r.name.isEmpty() ? r.deviceId.toString(QUuid::WithoutBraces) : r.name;
    case ModelColumn:
        return r.model;
    case ProtocolColumn:
        if (r.protocol == QLatin1String("lwm2m"))
            return tr("LwM2M");
        if (r.protocol == QLatin1String("mqtt"))
            return tr("MQTT");
        return r.protocol;
    case WaveColumn:
        return waveName(r.wave);
    case StateColumn:
        return CampaignText::deviceStateName(r.state);
    case AttemptColumn:
        return r.attempt;
    case VersionColumn: {
        const QString from = r.fromVersion.isEmpty() ? QStringLiteral("—") : r.fromVersion;
        if (r.reportedVersion.isEmpty() || r.reportedVersion == r.fromVersion)
            return from;
        return tr("%1 → %2").arg(from, r.reportedVersion);
    }
    case ResultColumn:
        return r.resultCode ? CampaignText::updateResultName(*r.resultCode) : QString();
    case ReasonColumn:
        return r.reason;
    case StartedColumn:
        return r.startedAt.isValid()
                   ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case DurationColumn:
        return durationText(durationSeconds(r));
    default:
        return {};
    }
}

QVariant CampaignDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case ModelColumn:
        return tr("Model");
    case ProtocolColumn:
        return tr("Protocol");
    case WaveColumn:
        return tr("Wave");
    case StateColumn:
        return tr("State");
    case AttemptColumn:
        return tr("Attempt");
    case VersionColumn:
        return tr("Firmware");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}
