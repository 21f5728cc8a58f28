#include "report/CampaignPdfReport.h"

#include "common/TimeFormat.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace {

// Geometry in points (1/72 inch) on A4 portrait.
constexpr double Margin = 36;
constexpr double FooterHeight = 18;
constexpr double BlockGap = 14;
constexpr double TableTitleHeight = 18;
constexpr double TableHeaderHeight = 13;
constexpr double TableRowHeight = 11;
constexpr double TitleHeight = 104;
constexpr double SummaryHeight = 50;
constexpr double SettingsRowHeight = 11;
constexpr double ChartHeight = 190;

const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x75, 0x75, 0x75);
const QColor Rule(0xbd, 0xbd, 0xbd);
const QColor Stripe(0xf3, 0xf4, 0xf6);
const QColor HeaderFill(0xe3, 0xe8, 0xee);
const QColor Good(0x2e, 0x7d, 0x32);
const QColor Bad(0xc6, 0x28, 0x28);
const QColor Accent(0x15, 0x65, 0xc0);

QColor toneColor(int tone)
{
    switch (tone) {
    case 1:
        return Good;
    case 2:
        return Bad;
    case 3:
        return Muted;
    default:
        return Ink;
    }
}

QString protocolName(const QString &protocol)
{
    if (protocol == QLatin1String("lwm2m"))
        return QStringLiteral("LwM2M");
    if (protocol == QLatin1String("mqtt"))
        return QStringLiteral("MQTT");
    return protocol;
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1 %").arg(qRound(100.0 * part / whole)) : QString();
}

} // namespace

CampaignPdfReport::CampaignPdfReport(const CampaignReportData &data)
    : m_data(data)
{
    // Japanese must render: prefer a CJK family that covers Latin too, then whatever the system
    // has (fontconfig falls back per glyph).
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"Noto Sans CJK JP", "Noto Sans JP", "IPAGothic", "Noto Sans"}) {
        if (installed.contains(QLatin1String(family)))
            m_families.append(QLatin1String(family));
    }
    m_families.append(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    buildTables();
    layout();
}

QSizeF CampaignPdfReport::pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point);
}

void CampaignPdfReport::buildTables()
{
    const CampaignProgress &totals = m_data.totals();

    Table waves;
    waves.title = tr("Waves");
    waves.headers = {tr("Wave"),
                     tr("Devices"),
                     tr("Succeeded"),
                     tr("Failed"),
                     tr("Skipped"),
                     tr("In flight"),
                     tr("Pending"),
                     tr("Cancelled"),
                     tr("Done")};
    waves.widths = {110, 50, 55, 50, 50, 50, 50, 55, 50};
    waves.alignRight = {false, true, true, true, true, true, true, true, true};
    waves.columnTone = {0, 0, 1, 2, 0, 0, 0, 0, 0};
    for (const CampaignReportData::WaveRow &w : m_data.waves()) {
        const int done = w.succeeded + w.failed + w.skipped + w.cancelled;
        waves.rows.append({CampaignReportData::waveName(w.wave),
                           QString::number(w.size),
                           QString::number(w.succeeded),
                           QString::number(w.failed),
                           QString::number(w.skipped),
                           QString::number(w.inFlight),
                           QString::number(w.pending),
                           QString::number(w.cancelled),
                           percent(done, w.size)});
        waves.rowTone.append(0);
    }
    waves.emptyText = tr("The campaign has no devices.");
    m_tables.append(waves);

    const int failed = totals.count(CampaignDeviceState::Failed);
    Table failures;
    failures.title = tr("Failures by reason");
    failures.headers = {tr("Reason"), tr("Devices"), tr("Share")};
    failures.widths = {400, 60, 60};
    failures.alignRight = {false, true, true};
    for (const CampaignReportData::ReasonCount &r : m_data.failuresByReason()) {
        failures.rows.append({r.reason, QString::number(r.count), percent(r.count, failed)});
        failures.rowTone.append(0);
    }
    failures.emptyText = tr("No device failed.");
    m_tables.append(failures);

    const int skippedCount = totals.count(CampaignDeviceState::Skipped);
    Table skipped;
    skipped.title = tr("Skipped by reason");
    skipped.headers = failures.headers;
    skipped.widths = failures.widths;
    skipped.alignRight = failures.alignRight;
    for (const CampaignReportData::ReasonCount &r : m_data.skippedByReason()) {
        skipped.rows.append({r.reason, QString::number(r.count), percent(r.count, skippedCount)});
        skipped.rowTone.append(3);
    }
    if (!skipped.rows.isEmpty()) // "no device was skipped" is not worth a table
        m_tables.append(skipped);

    Table devices;
    devices.title = tr("Devices");
    devices.headers = {tr("Device"),
                       tr("Model"),
                       tr("Protocol"),
                       tr("Wave"),
                       tr("State"),
                       tr("Att."),
                       tr("From"),
                       tr("Reported"),
                       tr("Result"),
                       tr("Reason"),
                       tr("Started"),
                       tr("Finished")};
    devices.widths = {66, 34, 35, 30, 44, 18, 26, 38, 62, 72, 47, 47};
    devices.alignRight
        = {false, false, false, false, false, true, false, false, false, false, false, false};
    for (const CampaignReportData::DeviceRow &d : m_data.devices()) {
        const QString result = d.resultCode
                                   ? QStringLiteral("%1 · %2").arg(*d.resultCode).arg(d.resultText)
                                   : QString();
        devices.rows.append({d.name,
                             d.model,
                             protocolName(d.protocol),
                             CampaignReportData::waveName(d.wave),
                             CampaignText::deviceStateName(d.state),
                             QString::number(d.attempts),
                             d.fromVersion,
                             d.reportedVersion,
                             result,
                             d.reason,
                             shortTime(d.startedAt),
                             shortTime(d.finishedAt)});
        int tone = 0;
        if (d.state == CampaignDeviceState::Succeeded)
            tone = 1;
        else if (d.state == CampaignDeviceState::Failed)
            tone = 2;
        else if (d.state == CampaignDeviceState::Skipped
                 || d.state == CampaignDeviceState::Cancelled)
            tone = 3;
        devices.rowTone.append(tone);
    }
    devices.toneColumn = 4;
    devices.emptyText = tr("The campaign has no devices.");
    m_tables.append(devices);
}

void CampaignPdfReport::layout()
{
    const double top = Margin;
    const double bottom = pageSize().height() - Margin - FooterHeight;
    m_pages = {QVector<Block>()};
    double y = top;

    auto place = [&](Block block) {
        if (y + block.height > bottom && y > top) {
            m_pages.append(QVector<Block>());
            y = top;
        }
        block.y = y;
        m_pages.last().append(block);
        y += block.height + BlockGap;
    };
    place({BlockKind::Title, 0, TitleHeight});
    place({BlockKind::Summary, 0, SummaryHeight});
    place(
        {BlockKind::Settings, 0, TableTitleHeight + SettingsRowHeight * m_data.settings().size()});
    place({BlockKind::Chart, 0, ChartHeight});

    for (int t = 0; t < m_tables.size(); ++t) {
        const Table &table = m_tables.at(t);
        const int rows = int(table.rows.size());
        // The device table starts on a fresh page when it does not fit where it is and less than a
        // third of the page is left.
        const double needed = TableTitleHeight + TableHeaderHeight + TableRowHeight * rows;
        if (t == m_tables.size() - 1 && y > top && y + needed > bottom
            && (bottom - y) < (bottom - top) / 3) {
            m_pages.append(QVector<Block>());
            y = top;
        }
        int first = 0;
        bool continued = false;
        do {
            const double fixed = TableTitleHeight + TableHeaderHeight;
            // At least the header and one row (or the empty text) on this page.
            if (y > top && y + fixed + TableRowHeight > bottom) {
                m_pages.append(QVector<Block>());
                y = top;
            }
            const int fit = std::max(1, int((bottom - y - fixed) / TableRowHeight));
            const int count = rows == 0 ? 0 : std::min(fit, rows - first);
            Block block{BlockKind::Table,
                        y,
                        fixed + TableRowHeight * std::max(1, count),
                        t,
                        first,
                        count,
                        continued};
            m_pages.last().append(block);
            y += block.height + BlockGap;
            first += count;
            continued = true;
        } while (first < rows);
    }
}

QFont CampaignPdfReport::font(const QPainter &painter, double points, bool bold) const
{
    QFont f;
    f.setFamilies(m_families);
    // paintPage scales the painter by dpi / 72, so a font given in points on the device would be
    // scaled twice: ask for the size that comes out at `points` after the scaling.
    const int dpi = std::max(1, painter.device()->logicalDpiY());
    f.setPointSizeF(points * 72.0 / dpi);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void CampaignPdfReport::drawText(QPainter &painter,
                                 const QRectF &rect,
                                 const QString &text,
                                 const QFont &font,
                                 Qt::Alignment alignment) const
{
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    painter.drawText(rect, int(alignment), metrics.elidedText(line, Qt::ElideRight, rect.width()));
}

void CampaignPdfReport::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    const double scale = painter.device()->width() / pageSize().width();
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Ink);
    for (const Block &block : m_pages.at(page)) {
        switch (block.kind) {
        case BlockKind::Title:
            paintTitle(painter, block);
            break;
        case BlockKind::Summary:
            paintSummary(painter, block);
            break;
        case BlockKind::Settings:
            paintSettings(painter, block);
            break;
        case BlockKind::Chart:
            paintChart(painter, block);
            break;
        case BlockKind::Table:
            paintTable(painter, block);
            break;
        }
    }
    paintFooter(painter, page);
    painter.restore();
}

void CampaignPdfReport::paintTitle(QPainter &painter, const Block &block) const
{
    const CampaignRecord &c = m_data.campaign();
    const double width = pageSize().width() - 2 * Margin;
    double y = block.y;
    painter.setPen(Accent);
    drawText(painter,
             QRectF(Margin, y, width, 12),
             tr("Firmware update campaign report"),
             font(painter, 9, true));
    y += 13;
    painter.setPen(Ink);
    drawText(painter, QRectF(Margin, y, width, 22), c.name, font(painter, 17, true));
    y += 24;

    QString state = CampaignText::stateName(c.state);
    if (!c.reason.isEmpty())
        state = tr("%1 — %2").arg(state, c.reason);
    const QVector<QPair<QString, QString>> lines = {
        {tr("Campaign"), tr("%1 · %2").arg(c.id).arg(state)},
        {tr("Firmware"), tr("%1 %2").arg(c.spec.firmwareModel, c.spec.firmwareVersion)},
        {tr("Package"), c.packageUrl.isEmpty() ? tr("not set") : c.packageUrl},
        {tr("Created"),
         c.createdBy.isEmpty() ? TimeFormat::local(c.createdAt)
                               : tr("%1 by %2").arg(TimeFormat::local(c.createdAt), c.createdBy)},
        {tr("Started / finished"),
         tr("%1 / %2").arg(c.startedAt.isValid() ? TimeFormat::local(c.startedAt) : tr("not yet"),
                           c.finishedAt.isValid() ? TimeFormat::local(c.finishedAt)
                                                  : tr("not yet"))},
    };
    const QFont label = font(painter, 8, true);
    const QFont value = font(painter, 8);
    for (const auto &line : lines) {
        painter.setPen(Muted);
        drawText(painter, QRectF(Margin, y, 90, 11), line.first, label);
        painter.setPen(line.first == tr("Campaign") && c.state == CampaignState::Aborted ? Bad
                                                                                         : Ink);
        drawText(painter, QRectF(Margin + 92, y, width - 92, 11), line.second, value);
        y += 11;
    }
    painter.setPen(QPen(Rule, 0.8));
    painter.drawLine(QPointF(Margin, block.y + block.height - 2),
                     QPointF(Margin + width, block.y + block.height - 2));
}

void CampaignPdfReport::paintSummary(QPainter &painter, const Block &block) const
{
    const CampaignProgress &t = m_data.totals();
    const int terminal
        = t.count(CampaignDeviceState::Succeeded) + t.count(CampaignDeviceState::Failed)
          + t.count(CampaignDeviceState::Skipped) + t.count(CampaignDeviceState::Cancelled);
    const int inFlight = t.count(CampaignDeviceState::Downloading)
                         + t.count(CampaignDeviceState::Downloaded)
                         + t.count(CampaignDeviceState::Updating);
    struct Number
    {
        QString label;
        QString value;
        QColor color;
    };
    const QVector<Number> numbers = {
        {tr("Devices"), QString::number(t.total), Ink},
        {tr("Done"),
         percent(terminal, t.total).isEmpty() ? tr("—") : percent(terminal, t.total),
         Accent},
        {tr("Succeeded"), QString::number(t.count(CampaignDeviceState::Succeeded)), Good},
        {tr("Failed"), QString::number(t.count(CampaignDeviceState::Failed)), Bad},
        {tr("Skipped"), QString::number(t.count(CampaignDeviceState::Skipped)), Muted},
        {tr("In flight"), QString::number(inFlight), Accent},
        {tr("Pending"), QString::number(t.count(CampaignDeviceState::Pending)), Ink},
        {tr("Cancelled"), QString::number(t.count(CampaignDeviceState::Cancelled)), Muted},
    };
    const double width = pageSize().width() - 2 * Margin;
    const double gap = 6;
    const double boxWidth = (width - gap * (numbers.size() - 1)) / numbers.size();
    for (int i = 0; i < numbers.size(); ++i) {
        const QRectF box(Margin + i * (boxWidth + gap), block.y, boxWidth, block.height);
        painter.setPen(QPen(Rule, 0.6));
        painter.setBrush(Stripe);
        painter.drawRoundedRect(box, 3, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(numbers[i].color);
        drawText(painter,
                 box.adjusted(4, 6, -4, -20),
                 numbers[i].value,
                 font(painter, 16, true),
                 Qt::AlignHCenter | Qt::AlignVCenter);
        painter.setPen(Muted);
        drawText(painter,
                 QRectF(box.left() + 2, box.bottom() - 17, box.width() - 4, 12),
                 numbers[i].label,
                 font(painter, 7.5),
                 Qt::AlignHCenter | Qt::AlignVCenter);
    }
}

void CampaignPdfReport::paintSettings(QPainter &painter, const Block &block) const
{
    const double width = pageSize().width() - 2 * Margin;
    painter.setPen(Ink);
    drawText(painter,
             QRectF(Margin, block.y, width, TableTitleHeight - 4),
             tr("Rollout settings"),
             font(painter, 11, true));
    double y = block.y + TableTitleHeight;
    const QFont label = font(painter, 8, true);
    const QFont value = font(painter, 8);
    for (const CampaignReportData::Setting &s : m_data.settings()) {
        painter.setPen(Muted);
        drawText(painter, QRectF(Margin, y, 118, SettingsRowHeight), s.label, label);
        painter.setPen(Ink);
        drawText(painter, QRectF(Margin + 120, y, width - 120, SettingsRowHeight), s.value, value);
        y += SettingsRowHeight;
    }
}

void CampaignPdfReport::paintChart(QPainter &painter, const Block &block) const
{
    const double width = pageSize().width() - 2 * Margin;
    painter.setPen(Ink);
    drawText(painter,
             QRectF(Margin, block.y, width, TableTitleHeight - 4),
             tr("Progress over time"),
             font(painter, 11, true));
    const QRectF frame(Margin + 34,
                       block.y + TableTitleHeight + 8,
                       width - 34 - 8,
                       block.height - TableTitleHeight - 8 - 26);
    const QFont small = font(painter, 7);
    const QVector<CampaignReportData::ProgressPoint> &points = m_data.progressSeries();
    const int total = std::max(1, m_data.totals().total);

    // Grid and the device axis: 0, 25, 50, 75, 100 % of the campaign's devices.
    for (int i = 0; i <= 4; ++i) {
        const double y = frame.bottom() - frame.height() * i / 4.0;
        painter.setPen(QPen(i == 0 ? Muted : Rule, i == 0 ? 0.8 : 0.4));
        painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y));
        painter.setPen(Muted);
        drawText(painter,
                 QRectF(Margin, y - 6, 30, 12),
                 QString::number(qRound(total * i / 4.0)),
                 small,
                 Qt::AlignRight | Qt::AlignVCenter);
    }
    painter.setPen(QPen(Muted, 0.8));
    painter.drawLine(frame.bottomLeft(), frame.topLeft());

    if (points.isEmpty()) {
        painter.setPen(Muted);
        drawText(
            painter, frame, tr("No device has started yet."), font(painter, 9), Qt::AlignCenter);
        return;
    }

    const QDateTime start = points.first().at;
    QDateTime end = points.last().at;
    const QDateTime finished = m_data.campaign().finishedAt;
    if (finished.isValid() && finished > end)
        end = finished;
    // Up to the last pause, resume or abort too: why the lines stop is part of the story.
    for (const CampaignReportData::CampaignMark &mark : m_data.campaignMarks()) {
        if (mark.at.isValid() && mark.at > end)
            end = mark.at;
    }
    const qint64 span = std::max<qint64>(1000, start.msecsTo(end));
    auto xOf = [&](const QDateTime &time) {
        return frame.left() + frame.width() * double(start.msecsTo(time)) / double(span);
    };
    auto yOf = [&](int count) {
        return frame.bottom() - frame.height() * count / double(total);
    };

    // Campaign-level events (paused, resumed, aborted …) as dashed lines.
    const QFont markFont = font(painter, 6.5);
    for (const CampaignReportData::CampaignMark &mark : m_data.campaignMarks()) {
        if (!mark.at.isValid() || mark.at < start || mark.at > end)
            continue;
        const double x = xOf(mark.at);
        painter.setPen(QPen(Muted, 0.5, Qt::DashLine));
        painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()));
        const std::optional<CampaignState> state = CampaignText::stateFromId(mark.state);
        painter.setPen(Muted);
        // The label right of the line, or left of it near the right edge.
        const bool left = x + 82 > frame.right();
        drawText(painter,
                 left ? QRectF(x - 82, frame.top(), 80, 9) : QRectF(x + 2, frame.top(), 80, 9),
                 state ? CampaignText::stateName(*state) : mark.state,
                 markFont,
                 (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }

    auto series = [&](auto value) {
        QPainterPath path;
        path.moveTo(xOf(points.first().at), yOf(value(points.first())));
        for (int i = 1; i < points.size(); ++i) {
            const double x = xOf(points[i].at);
            path.lineTo(x, yOf(value(points[i - 1])));
            path.lineTo(x, yOf(value(points[i])));
        }
        path.lineTo(xOf(end), yOf(value(points.last())));
        return path;
    };
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Bad, 1.4));
    painter.drawPath(series([](const CampaignReportData::ProgressPoint &p) { return p.failed; }));
    painter.setPen(QPen(Good, 1.6));
    painter.drawPath(
        series([](const CampaignReportData::ProgressPoint &p) { return p.succeeded; }));

    // Time axis: start, middle and end, local time.
    const bool days = span > 20LL * 3600 * 1000;
    const QString format = days ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
    painter.setPen(Muted);
    for (int i = 0; i <= 2; ++i) {
        const QDateTime t = start.addMSecs(span * i / 2);
        const double x = frame.left() + frame.width() * i / 2.0;
        Qt::Alignment align = i == 0 ? Qt::AlignLeft : (i == 2 ? Qt::AlignRight : Qt::AlignHCenter);
        const QRectF rect = i == 0 ? QRectF(x, frame.bottom() + 3, 90, 10)
                                   : (i == 2 ? QRectF(x - 90, frame.bottom() + 3, 90, 10)
                                             : QRectF(x - 45, frame.bottom() + 3, 90, 10));
        drawText(painter, rect, t.toLocalTime().toString(format), small, align | Qt::AlignTop);
    }

    // Legend under the axis.
    const double ly = frame.bottom() + 15;
    const QVector<QPair<QColor, QString>> legend = {
        {Good, tr("Succeeded (%1)").arg(points.last().succeeded)},
        {Bad, tr("Failed (%1)").arg(points.last().failed)},
    };
    double lx = frame.left();
    for (const auto &entry : legend) {
        painter.setPen(QPen(entry.first, 2));
        painter.drawLine(QPointF(lx, ly + 4), QPointF(lx + 14, ly + 4));
        painter.setPen(Ink);
        drawText(painter, QRectF(lx + 18, ly - 1, 120, 10), entry.second, small);
        lx += 130;
    }
    painter.setPen(Muted);
    drawText(painter,
             QRectF(frame.right() - 220, ly - 1, 220, 10),
             tr("Devices over time (local time, UTC%1)")
                 .arg(QDateTime::currentDateTime()
                          .timeZone()
                          .displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName)
                          .remove(QStringLiteral("UTC"))),
             small,
             Qt::AlignRight | Qt::AlignVCenter);
}

void CampaignPdfReport::paintTable(QPainter &painter, const Block &block) const
{
    const Table &table = m_tables.at(block.table);
    const double width = pageSize().width() - 2 * Margin;
    double declared = 0;
    for (double w : table.widths)
        declared += w;
    const double factor = width / declared;

    painter.setPen(Ink);
    drawText(painter,
             QRectF(Margin, block.y, width, TableTitleHeight - 4),
             block.continued ? tr("%1 (continued)").arg(table.title) : table.title,
             font(painter, 11, true));
    if (!block.continued && block.table == m_tables.size() - 1) {
        painter.setPen(Muted);
        drawText(painter,
                 QRectF(Margin, block.y, width, TableTitleHeight - 4),
                 tr("%n device(s); times are local", nullptr, int(table.rows.size())),
                 font(painter, 7.5),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    double y = block.y + TableTitleHeight;
    const QFont headerFont = font(painter, 7, true);
    const QFont cellFont = font(painter, 6.8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(HeaderFill);
    painter.drawRect(QRectF(Margin, y, width, TableHeaderHeight));
    painter.setBrush(Qt::NoBrush);
    double x = Margin;
    painter.setPen(Ink);
    for (int c = 0; c < table.headers.size(); ++c) {
        const double w = table.widths.value(c) * factor;
        drawText(painter,
                 QRectF(x + 2.5, y, w - 5, TableHeaderHeight),
                 table.headers.at(c),
                 headerFont,
                 (table.alignRight.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        x += w;
    }
    y += TableHeaderHeight;

    if (block.rowCount == 0) {
        painter.setPen(Muted);
        drawText(
            painter, QRectF(Margin + 2.5, y, width - 5, TableRowHeight), table.emptyText, cellFont);
        return;
    }
    for (int r = block.firstRow; r < block.firstRow + block.rowCount; ++r) {
        if ((r - block.firstRow) % 2 == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Stripe);
            painter.drawRect(QRectF(Margin, y, width, TableRowHeight));
            painter.setBrush(Qt::NoBrush);
        }
        const int tone = table.rowTone.value(r);
        const QStringList &row = table.rows.at(r);
        x = Margin;
        for (int c = 0; c < row.size(); ++c) {
            const double w = table.widths.value(c) * factor;
            int cellTone = table.columnTone.value(c);
            if (table.toneColumn < 0 || table.toneColumn == c)
                cellTone = std::max(cellTone, tone);
            if (cellTone != 3 && row.at(c) == QLatin1String("0"))
                cellTone = 0;
            const QColor color = toneColor(cellTone);
            painter.setPen(color);
            drawText(painter,
                     QRectF(x + 2.5, y, w - 5, TableRowHeight),
                     row.at(c),
                     cellFont,
                     (table.alignRight.value(c) ? Qt::AlignRight : Qt::AlignLeft)
                         | Qt::AlignVCenter);
            x += w;
        }
        y += TableRowHeight;
    }
    painter.setPen(QPen(Rule, 0.5));
    painter.drawLine(QPointF(Margin, y), QPointF(Margin + width, y));
}

void CampaignPdfReport::paintFooter(QPainter &painter, int page) const
{
    const double width = pageSize().width() - 2 * Margin;
    const double y = pageSize().height() - Margin - FooterHeight + 6;
    painter.setPen(QPen(Rule, 0.5));
    painter.drawLine(QPointF(Margin, y), QPointF(Margin + width, y));
    const QFont small = font(painter, 7);
    painter.setPen(Muted);
    const QRectF rect(Margin, y + 2, width, 10);
    drawText(painter,
             QRectF(rect.left(), rect.top(), width * 0.45, rect.height()),
             m_data.campaign().name,
             small);
    drawText(painter,
             rect,
             tr("Generated %1 by FleetDesk").arg(TimeFormat::local(m_data.generatedAt())),
             small,
             Qt::AlignHCenter | Qt::AlignVCenter);
    drawText(painter,
             rect,
             tr("Page %1 of %2").arg(page + 1).arg(pageCount()),
             small,
             Qt::AlignRight | Qt::AlignVCenter);
}

bool CampaignPdfReport::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(600);
        writer.setTitle(tr("Campaign report: %1").arg(m_data.campaign().name));
        writer.setCreator(QStringLiteral("FleetDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("%1 could not be written: the PDF could not be started").arg(path);
            file.cancelWriting();
            return false;
        }
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page);
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool CampaignPdfReport::write(const CampaignReportData &data, const QString &path, QString *error)
{
    return CampaignPdfReport(data).writePdf(path, error);
}

QImage CampaignPdfReport::renderPage(int page, double dpi) const
{
    const QSizeF size = pageSize() * (dpi / 72.0);
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, page);
    painter.end();
    return image;
}
