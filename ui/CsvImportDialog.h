#pragma once

#include "provisioning/CsvImport.h"

#include <QDialog>

class ImportPlanModel;
class QLabel;
class QPushButton;
class QTableView;

// The dry run of File → Import devices from CSV: counts, problems with the file, and what would
// happen to each row. Nothing is written until the user presses "Import N devices"; rejected rows
// are never imported.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(const QString &fileName,
                    const CsvImport::Plan &plan,
                    QWidget *parent = nullptr);

    DeviceList acceptedDevices() const;

private:
    ImportPlanModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};
