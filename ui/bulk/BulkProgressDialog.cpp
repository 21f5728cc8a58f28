#include "bulk/BulkProgressDialog.h"

#include "BackgroundTask.h"
#include "BulkResultModel.h"
#include "FileDialogs.h"
#include "bulk/BulkRun.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

struct SaveResult
{
    bool ok = false;
    QString error;
};

} // namespace

BulkProgressDialog::BulkProgressDialog(BulkRun *run, FileDialogs *fileDialogs, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_fileDialogs(fileDialogs)
{
    Q_ASSERT(run && fileDialogs);
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(tr("%1 — %Ln device(s)", nullptr, run->total()).arg(run->operation()));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progressBar->setAccessibleName(tr("Devices finished"));
    m_progressBar->setRange(0, qMax(1, run->total()));

    m_model = new BulkResultModel(this);
    m_model->setObjectName(QStringLiteral("bulkResultModel"));
    m_model->setRun(run);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setObjectName(QStringLiteral("bulkResultSortFilterProxyModel"));
    sorted->setSourceModel(m_model);
    sorted->setSortRole(BulkResultModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkResultTableView"));
    m_table->setAccessibleName(tr("Result per device"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // run order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(BulkResultModel::OutcomeColumn,
                                                      QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(BulkResultModel::DeviceColumn, charWidth * 22);
    const int timeWidth
        = fontMetrics().horizontalAdvance(QStringLiteral("2026-11-26 10:42:03 ")) + charWidth * 2;
    m_table->setColumnWidth(BulkResultModel::StartedColumn, timeWidth);
    m_table->setColumnWidth(BulkResultModel::FinishedColumn, timeWidth);
    m_table->horizontalHeader()->moveSection(BulkResultModel::OutcomeColumn,
                                             BulkResultModel::FinishedColumn);

    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(QStringLiteral("bulkExportLabel"));
    m_exportLabel->setTextFormat(Qt::PlainText);
    m_exportLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("bulkProgressDialogButtonBox"));
    m_exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_cancelButton = buttons->addButton(tr("Cancel Remaining"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setToolTip(
        tr("Devices not started yet are skipped; devices already working finish or time out"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &BulkProgressDialog::exportCsv);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_cancelButton->setEnabled(false);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_exportLabel, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(run, &BulkRun::progress, this, &BulkProgressDialog::updateProgress);
    connect(run, &BulkRun::resultChanged, this, &BulkProgressDialog::updateProgress);
    connect(run, &BulkRun::finished, this, &BulkProgressDialog::updateProgress);

    const int line = fontMetrics().height();
    resize(charWidth * 150, line * 30);
    updateProgress();
}

BulkProgressDialog::~BulkProgressDialog() = default;

QString BulkProgressDialog::summaryText() const
{
    return m_summaryLabel->text();
}

void BulkProgressDialog::updateProgress()
{
    if (!m_run)
        return;
    const QLocale locale;
    const int total = m_run->total();
    const int done = m_run->finishedCount();
    m_progressBar->setValue(done);
    m_progressBar->setFormat(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));

    QStringList parts;
    const auto add = [&](BulkRun::Outcome outcome) {
        const int n = m_run->count(outcome);
        if (n > 0)
            parts << tr("%1 %2").arg(locale.toString(n), BulkRun::outcomeName(outcome).toLower());
    };
    add(BulkRun::Outcome::Succeeded);
    add(BulkRun::Outcome::Failed);
    add(BulkRun::Outcome::TimedOut);
    add(BulkRun::Outcome::WaitingForWakeUp);
    add(BulkRun::Outcome::Cancelled);
    add(BulkRun::Outcome::Running);
    const bool finished = m_run->isFinished();
    const QString head
        = finished ? tr("%1 finished: %Ln device(s).", nullptr, total).arg(m_run->operation())
                   : tr("%1 in progress: %2 of %Ln device(s) done.", nullptr, total)
                         .arg(m_run->operation(), locale.toString(done));
    m_summaryLabel->setText(
        parts.isEmpty() ? head : head + QLatin1Char(' ') + parts.join(tr(", ")) + tr("."));
    m_cancelButton->setVisible(!finished);
    m_closeButton->setEnabled(finished);
    if (finished)
        m_closeButton->setDefault(true);
}

void BulkProgressDialog::reject()
{
    // Closing never leaves a run going unseen: cancel what has not started, stay until it ends.
    if (m_run && !m_run->isFinished()) {
        m_run->cancel();
        m_cancelButton->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void BulkProgressDialog::exportCsv()
{
    if (!m_run)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-%1-%2.csv")
            .arg(m_run->operation().toLower().replace(QLatin1Char(' '), QLatin1Char('-')),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = m_fileDialogs->saveFileName(
        this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    saveCsv(path);
}

void BulkProgressDialog::saveCsv(const QString &path)
{
    if (!m_run)
        return;
    const QByteArray csv = m_run->toCsv().toUtf8();
    m_exportButton->setEnabled(false);
    BackgroundTask::run(
        this,
        [path, csv] {
            SaveResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            file.write(csv);
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path](const SaveResult &result) {
            m_exportButton->setEnabled(true);
            const QString native = QDir::toNativeSeparators(path);
            m_exportLabel->setText(
                result.ok
                    ? tr("Saved %1").arg(native)
                    : tr("The results could not be saved to %1: %2").arg(native, result.error));
            if (!result.ok)
                qCWarning(lcUi) << "bulk result export failed:" << path << result.error;
            emit exportFinished(result.ok, path, result.error);
        });
}
