#pragma once

#include "campaign/CampaignReportData.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

class QPainter;

// The campaign report as a PDF (docs/campaign-report.md): A4 portrait, a title block, the summary
// numbers, the rollout settings, progress over time, the waves, failures and skips by reason, then
// every device across as many pages as it takes (the table header repeated on each), page numbers.
// QtGui only (QPdfWriter, QPainter), no widgets: fleetdesk-cli renders it with the offscreen
// platform. The PDF and the PNG preview share paintPage(), so what a test looks at is what is
// printed.
class CampaignPdfReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPdfReport)

public:
    explicit CampaignPdfReport(const CampaignReportData &data);

    // Lays out and writes the report to `path` (atomically); false with *error. Needs a
    // QGuiApplication (fonts).
    static bool
    write(const CampaignReportData &data, const QString &path, QString *error = nullptr);
    bool writePdf(const QString &path, QString *error = nullptr) const;

    static QSizeF pageSize(); // A4 in points (1/72 inch)
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `page` (0-based) over the whole of the painter's device, whatever its resolution.
    void paintPage(QPainter &painter, int page) const;
    // Page `page` as an image at `dpi`, on white.
    QImage renderPage(int page, double dpi = 144) const;

private:
    struct Table
    {
        QString title;
        QStringList headers;
        QVector<double> widths;   // points, scaled to the content width
        QVector<bool> alignRight; // numbers
        QVector<QStringList> rows;
        QVector<int> rowTone;    // 0 normal, 1 good, 2 bad, 3 muted
        int toneColumn = -1;     // the column the row's tone colours; -1 = every column
        QVector<int> columnTone; // a fixed tone per column (numbers of the wave table)
        QString emptyText;
    };
    enum class BlockKind { Title, Summary, Settings, Chart, Table };
    struct Block
    {
        BlockKind kind = BlockKind::Title;
        double y = 0;
        double height = 0;
        int table = -1;
        int firstRow = 0;
        int rowCount = 0;
        bool continued = false;
    };

    void buildTables();
    void layout();

    void paintTitle(QPainter &painter, const Block &block) const;
    void paintSummary(QPainter &painter, const Block &block) const;
    void paintSettings(QPainter &painter, const Block &block) const;
    void paintChart(QPainter &painter, const Block &block) const;
    void paintTable(QPainter &painter, const Block &block) const;
    void paintFooter(QPainter &painter, int page) const;
    // A font of `points` on the painter's device, after paintPage's scaling.
    QFont font(const QPainter &painter, double points, bool bold = false) const;
    void drawText(QPainter &painter,
                  const QRectF &rect,
                  const QString &text,
                  const QFont &font,
                  Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const;

    CampaignReportData m_data;
    QStringList m_families;
    QVector<Table> m_tables;
    QVector<QVector<Block>> m_pages;
};
