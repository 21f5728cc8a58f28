#pragma once

#include "campaign/CampaignCreator.h"
#include "campaign/CampaignSpec.h"

#include <QVector>
#include <QWizardPage>

class AmountEditor;
class CampaignPlanModel;
class CampaignWizard;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimeEdit;
class QueryLineEdit;
class QVBoxLayout;

// The pages of CampaignWizard. Each reads and writes the wizard's CampaignDraft and asks it what
// stops the page (CampaignDraft::validate*): the problems are listed on the page in words and
// Next / Start stay disabled while there are any.

// Lists problems under a page: "Where: what", hidden when there are none.
class CampaignProblemLabel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignProblemLabel(QWidget *parent = nullptr);
    // firstLine: a line before the problems that is not about a part of the document.
    void setProblems(const QVector<CampaignProblem> &problems, const QString &firstLine = {});
    void setMessage(const QString &message); // one line that is not about the document
    QString text() const;
    int count() const { return m_count; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    int m_count = 0;
};

// A size or threshold: a number and whether it counts devices or percent.
class AmountEditor : public QWidget
{
    Q_OBJECT

public:
    AmountEditor(const QString &objectNamePrefix, int minimumCount, QWidget *parent = nullptr);
    void setAmount(const CampaignAmount &amount);
    CampaignAmount amount() const;
    QSpinBox *spinBox() const { return m_spin; }
    QComboBox *unitComboBox() const { return m_unit; }
    void setAccessibleNames(const QString &what);

signals:
    void changed();

private:
    void updateRange();
    QSpinBox *m_spin = nullptr;
    QComboBox *m_unit = nullptr;
    int m_minimumCount = 0;
};

class CampaignFirmwarePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignFirmwarePage(CampaignWizard *wizard);
    bool isComplete() const override;
    void initializePage() override;

private:
    void fillLibrary();
    void onSelectionChanged();
    void update();

    CampaignWizard *m_wizard;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    CampaignProblemLabel *m_problems = nullptr;
    bool m_nameEdited = false;
    bool m_filling = false;
};

class CampaignTargetsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignTargetsPage(CampaignWizard *wizard);
    bool isComplete() const override;
    void initializePage() override;

private:
    void fillGroups();
    void browseCsv();
    void update();

    CampaignWizard *m_wizard;
    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_queryRadio = nullptr;
    QRadioButton *m_smartRadio = nullptr;
    QRadioButton *m_staticRadio = nullptr;
    QRadioButton *m_selectionRadio = nullptr;
    QRadioButton *m_csvRadio = nullptr;
    QueryLineEdit *m_query = nullptr;
    QComboBox *m_smart = nullptr;
    QComboBox *m_static = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLineEdit *m_csvPath = nullptr;
    QPushButton *m_csvBrowse = nullptr;
    CampaignProblemLabel *m_problems = nullptr;
    bool m_initialised = false;
    bool m_updating = false;
};

class CampaignDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignDryRunPage(CampaignWizard *wizard);
    bool isComplete() const override;
    void initializePage() override;
    const CampaignCreator::Result &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    CampaignPlanModel *planModel() const { return m_model; }

public slots:
    void runAgain();

private:
    void showResult(const CampaignCreator::Result &result);

    CampaignWizard *m_wizard;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_unknown = nullptr;
    CampaignProblemLabel *m_problems = nullptr;
    QTableView *m_view = nullptr;
    CampaignPlanModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_rerun = nullptr;
    CampaignCreator::Result m_result;
    bool m_hasResult = false;
};

class CampaignRolloutPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignRolloutPage(CampaignWizard *wizard);
    bool isComplete() const override;
    void initializePage() override;
    QVector<CampaignProblem> problems() const { return m_currentProblems; }

public slots:
    void addWave();
    void removeWave();

private:
    void load(const CampaignSpec &spec);
    void updateWaveLabels();
    void update();

    CampaignWizard *m_wizard;
    QVBoxLayout *m_waveRows = nullptr;
    QVector<AmountEditor *> m_waves;
    QPushButton *m_addWave = nullptr;
    QPushButton *m_removeWave = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    AmountEditor *m_success = nullptr;
    AmountEditor *m_error = nullptr;
    QComboBox *m_onError = nullptr;
    QCheckBox *m_approval = nullptr;
    QGroupBox *m_window = nullptr;
    QVector<QCheckBox *> m_days;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QComboBox *m_tz = nullptr;
    QPlainTextEdit *m_order = nullptr;
    QCheckBox *m_online = nullptr;
    QCheckBox *m_notBusy = nullptr;
    QCheckBox *m_batteryCheck = nullptr;
    QSpinBox *m_battery = nullptr;
    QCheckBox *m_signalCheck = nullptr;
    QSpinBox *m_signal = nullptr;
    QGroupBox *m_expires = nullptr;
    QDateTimeEdit *m_expiresEdit = nullptr;
    CampaignProblemLabel *m_problems = nullptr;
    QVector<CampaignProblem> m_currentProblems;
    bool m_loading = false;
    bool m_loaded = false;
};

class CampaignReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignReviewPage(CampaignWizard *wizard);
    bool isComplete() const override;
    void initializePage() override;
    // Problems from Start (the core refused): shown until the page is entered again.
    void showCreationResult(const CampaignCreator::Result &result);
    QVector<CampaignProblem> problems() const { return m_currentProblems; }

private:
    void update();
    void saveDocument();

    CampaignWizard *m_wizard;
    QPlainTextEdit *m_document = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    CampaignProblemLabel *m_problemList = nullptr;
    QLabel *m_problemTitle = nullptr;
    QRadioButton *m_builtIn = nullptr;
    QRadioButton *m_external = nullptr;
    QLineEdit *m_serveAddress = nullptr;
    QCheckBox *m_https = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
    QVector<CampaignProblem> m_currentProblems;
    QVector<CampaignProblem> m_creationProblems;
    QString m_creationError;
    int m_eligible = -1;
    bool m_checking = false;
};
