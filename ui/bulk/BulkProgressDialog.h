#pragma once

#include "bulk/BulkRun.h"

#include <QDialog>
#include <QPointer>

class BulkResultModel;

class FileDialogs;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// A running bulk operation, visible and cancellable (UX.md): a progress bar with counts, Cancel,
// and the per-device result table (device, outcome with the reason, started, finished) that fills
// as devices answer. It stays open at the end to show the results; Export CSV saves the table.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog does not own the run; the caller starts it (before or after showing this).
    BulkProgressDialog(BulkRun *run, FileDialogs *fileDialogs, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    BulkRun *run() const { return m_run; }
    BulkResultModel *resultModel() const { return m_model; }
    QString summaryText() const;

    void exportCsv();
    void saveCsv(const QString &path);

signals:
    void exportFinished(bool ok, const QString &path, const QString &error);

protected:
    void reject() override; // Esc / close: cancel first while running

private:
    void updateProgress();

    QPointer<BulkRun> m_run;
    FileDialogs *m_fileDialogs = nullptr;
    BulkResultModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLabel *m_exportLabel = nullptr;
};
