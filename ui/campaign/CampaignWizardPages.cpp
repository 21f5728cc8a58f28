#include "campaign/CampaignWizardPages.h"

#include "CampaignPlanModel.h"
#include "FileDialogs.h"
#include "QueryLineEdit.h"
#include "campaign/CampaignPlanner.h"
#include "campaign/CampaignWizard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return CampaignProblemLabel::tr("under a minute");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return CampaignProblemLabel::tr("about %n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return CampaignProblemLabel::tr("about %1 h %2 min").arg(hours).arg(minutes % 60);
    return CampaignProblemLabel::tr("about %n day(s)", nullptr, int((hours + 23) / 24));
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QStringList parseStages(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

// ----- CampaignProblemLabel -----

CampaignProblemLabel::CampaignProblemLabel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("problemsWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("problemsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Problems"));
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    setVisible(false);
}

void CampaignProblemLabel::setProblems(const QVector<CampaignProblem> &problems,
                                       const QString &firstLine)
{
    QStringList lines;
    if (!firstLine.isEmpty())
        lines << firstLine;
    for (const CampaignProblem &p : problems)
        lines << CampaignDraft::describe(p);
    m_count = int(lines.size());
    m_label->setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

void CampaignProblemLabel::setMessage(const QString &message)
{
    m_count = message.isEmpty() ? 0 : 1;
    m_label->setText(message);
    setVisible(!message.isEmpty());
}

QString CampaignProblemLabel::text() const
{
    return m_label->text();
}

// ----- AmountEditor -----

AmountEditor::AmountEditor(const QString &objectNamePrefix, int minimumCount, QWidget *parent)
    : QWidget(parent)
    , m_minimumCount(minimumCount)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(objectNamePrefix + QStringLiteral("SpinBox"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(objectNamePrefix + QStringLiteral("UnitComboBox"));
    m_unit->addItem(tr("devices"), int(CampaignAmount::Kind::Count));
    m_unit->addItem(tr("% of devices"), int(CampaignAmount::Kind::Percent));
    layout->addWidget(m_spin);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setFocusProxy(m_spin);
    updateRange();
    connect(m_spin, &QSpinBox::valueChanged, this, &AmountEditor::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateRange();
        emit changed();
    });
}

void AmountEditor::updateRange()
{
    const bool percent = m_unit->currentData().toInt() == int(CampaignAmount::Kind::Percent);
    m_spin->setRange(m_minimumCount, percent ? 100 : 1000000);
}

void AmountEditor::setAmount(const CampaignAmount &amount)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(amount.kind == CampaignAmount::Kind::Percent ? 1 : 0);
    updateRange();
    m_spin->setValue(int(amount.value));
}

CampaignAmount AmountEditor::amount() const
{
    if (m_unit->currentData().toInt() == int(CampaignAmount::Kind::Percent))
        return CampaignAmount::percent(m_spin->value());
    return CampaignAmount::count(m_spin->value());
}

void AmountEditor::setAccessibleNames(const QString &what)
{
    m_spin->setAccessibleName(what);
    m_unit->setAccessibleName(tr("%1 — unit").arg(what));
}

// ----- Firmware -----

CampaignFirmwarePage::CampaignFirmwarePage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("firmwarePage"));
    setTitle(tr("Firmware"));
    setSubTitle(tr("Choose the image to install from the firmware library, and name the "
                   "campaign."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the firmware library…"), this);
    m_status->setObjectName(QStringLiteral("libraryStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("firmwareTableWidget"));
    m_table->setAccessibleName(tr("Firmware images"));
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Version"), tr("Size"), tr("Signature"), tr("Download URL")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignNameLineEdit"));
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. LT-500 to 1.1.0, Hamburg first"));
    form->addRow(tr("Campaign &name:"), m_name);
    layout->addLayout(form);

    m_problems = new CampaignProblemLabel(this);
    layout->addWidget(m_problems);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_filling)
            onSelectionChanged();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_wizard->draft().spec.name = text.trimmed();
        update();
    });
    connect(wizard, &CampaignWizard::libraryLoaded, this, &CampaignFirmwarePage::fillLibrary);
    if (!wizard->draft().spec.name.isEmpty()) {
        m_nameEdited = true;
        m_name->setText(wizard->draft().spec.name);
    }
}

void CampaignFirmwarePage::initializePage()
{
    if (m_wizard->isLibraryLoaded())
        fillLibrary();
    else
        update();
}

void CampaignFirmwarePage::fillLibrary()
{
    m_filling = true;
    const QVector<FirmwareImageRecord> &library = m_wizard->library();
    const QLocale locale;
    m_table->setRowCount(int(library.size()));
    int selectRow = -1;
    for (int row = 0; row < library.size(); ++row) {
        const FirmwareImageRecord &image = library.at(row);
        const QStringList cells
            = {image.model,
               image.version,
               locale.formattedDataSize(image.fileSize),
               !image.isSigned           ? tr("Unsigned")
               : image.signatureVerified ? tr("Signed, verified")
                                         : tr("Signed, not verified"),
               image.externalUrl.isEmpty() ? tr("— (FleetDesk serves it)") : image.externalUrl};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (image.model == m_wizard->draft().spec.firmwareModel
            && image.version == m_wizard->draft().spec.firmwareVersion)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 24);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_filling = false;

    if (!m_wizard->libraryError().isEmpty())
        m_status->setText(
            tr("The firmware library could not be read: %1").arg(m_wizard->libraryError()));
    else if (library.isEmpty())
        m_status->setText(tr("The firmware library is empty. Import an image first (Firmware "
                             "Library in the window, or fleetdesk-cli firmware import FILE)."));
    else
        m_status->setText(tr("%n image(s) in the library. Select the one to install.",
                             nullptr,
                             int(library.size())));
    update();
}

void CampaignFirmwarePage::onSelectionChanged()
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    CampaignSpec &spec = m_wizard->draft().spec;
    if (selected.isEmpty() || row < 0 || row >= m_wizard->library().size()) {
        spec.firmwareModel.clear();
        spec.firmwareVersion.clear();
    } else {
        const FirmwareImageRecord &image = m_wizard->library().at(selected.first()->row());
        spec.firmwareModel = image.model;
        spec.firmwareVersion = image.version;
        if (!m_nameEdited || m_name->text().isEmpty()) {
            m_name->setText(CampaignDraft::suggestedName(image.model, image.version));
            m_nameEdited = false;
        }
    }
    update();
}

void CampaignFirmwarePage::update()
{
    if (!m_wizard->isLibraryLoaded()) {
        m_problems->setProblems({});
    } else {
        m_problems->setProblems(m_wizard->draft().validateFirmware(m_wizard->library()));
    }
    emit completeChanged();
}

bool CampaignFirmwarePage::isComplete() const
{
    return m_wizard->isLibraryLoaded()
           && m_wizard->draft().validateFirmware(m_wizard->library()).isEmpty();
}

// ----- Targets -----

CampaignTargetsPage::CampaignTargetsPage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("targetsPage"));
    setTitle(tr("Targets"));
    setSubTitle(tr("Which devices the campaign is for. The dry run on the next page shows which "
                   "of them can take part."));
    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    m_kinds = new QButtonGroup(this);

    m_queryRadio = new QRadioButton(tr("Devices matching a fleet &query:"), this);
    m_queryRadio->setObjectName(QStringLiteral("queryRadioButton"));
    m_query = new QueryLineEdit(this);
    m_query->setObjectName(QStringLiteral("targetQueryLineEdit"));
    m_query->setAccessibleName(tr("Fleet query"));
    m_query->setPlaceholderText(tr("model:LT-500 fw:<1.1.0 -lifecycle:retired"));
    const DeviceList fleet = wizard->options().fleet;
    m_query->setCompletionSource([wizard, fleet](const QString &text, int cursor, int *from) {
        return FleetQuery::completions(text, cursor, fleet, wizard->queryContext(), from);
    });

    m_smartRadio = new QRadioButton(tr("A s&mart group (saved filter):"), this);
    m_smartRadio->setObjectName(QStringLiteral("smartGroupRadioButton"));
    m_smart = new QComboBox(this);
    m_smart->setObjectName(QStringLiteral("smartGroupComboBox"));
    m_smart->setAccessibleName(tr("Smart group"));

    m_staticRadio = new QRadioButton(tr("A s&tatic group:"), this);
    m_staticRadio->setObjectName(QStringLiteral("staticGroupRadioButton"));
    m_static = new QComboBox(this);
    m_static->setObjectName(QStringLiteral("staticGroupComboBox"));
    m_static->setAccessibleName(tr("Static group"));

    m_selectionRadio = new QRadioButton(tr("The devices se&lected in the window"), this);
    m_selectionRadio->setObjectName(QStringLiteral("selectionRadioButton"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));

    m_csvRadio = new QRadioButton(tr("A &list of devices from a CSV file:"), this);
    m_csvRadio->setObjectName(QStringLiteral("csvRadioButton"));
    auto *csvRow = new QHBoxLayout;
    m_csvPath = new QLineEdit(this);
    m_csvPath->setObjectName(QStringLiteral("csvPathLineEdit"));
    m_csvPath->setAccessibleName(tr("CSV file"));
    m_csvPath->setPlaceholderText(tr("A file with one device id, name or endpoint per row"));
    m_csvBrowse = new QPushButton(tr("&Browse…"), this);
    m_csvBrowse->setObjectName(QStringLiteral("csvBrowseButton"));
    m_csvBrowse->setAccessibleName(tr("Choose the CSV file"));
    csvRow->addWidget(m_csvPath, 1);
    csvRow->addWidget(m_csvBrowse);

    const QList<QPair<QRadioButton *, CampaignDraft::TargetSource>> kinds
        = {{m_queryRadio, CampaignDraft::TargetSource::Query},
           {m_smartRadio, CampaignDraft::TargetSource::SmartGroup},
           {m_staticRadio, CampaignDraft::TargetSource::StaticGroup},
           {m_selectionRadio, CampaignDraft::TargetSource::Selection},
           {m_csvRadio, CampaignDraft::TargetSource::CsvFile}};
    for (const auto &[radio, kind] : kinds)
        m_kinds->addButton(radio, int(kind));

    layout->addWidget(m_queryRadio, 0, 0);
    layout->addWidget(m_query, 0, 1);
    layout->addWidget(
        hint(tr("Terms as in the window's filter box: model:, fw:<, site:, in:\"group\", "
                "saved:\"filter\", -lifecycle:retired. Ctrl+Space completes."),
             this),
        1,
        1);
    layout->addWidget(m_smartRadio, 2, 0);
    layout->addWidget(m_smart, 2, 1);
    layout->addWidget(m_staticRadio, 3, 0);
    layout->addWidget(m_static, 3, 1);
    layout->addWidget(m_selectionRadio, 4, 0);
    layout->addWidget(m_selectionLabel, 4, 1);
    layout->addWidget(m_csvRadio, 5, 0);
    layout->addLayout(csvRow, 5, 1);
    layout->addWidget(hint(tr("With a header row, the column named id, name or endpoint is "
                              "used; otherwise the first column. Devices that are not in the "
                              "fleet are listed in the dry run, never dropped silently."),
                           this),
                      6,
                      1);
    layout->setRowStretch(7, 1);
    m_problems = new CampaignProblemLabel(this);
    layout->addWidget(m_problems, 8, 0, 1, 2);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            update();
    });
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_queryRadio->setChecked(true);
        update();
    });
    connect(m_smart, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_smartRadio->setChecked(true);
        update();
    });
    connect(m_static, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_staticRadio->setChecked(true);
        update();
    });
    connect(m_csvPath, &QLineEdit::editingFinished, this, [this] {
        m_csvRadio->setChecked(true);
        update();
    });
    connect(m_csvBrowse, &QPushButton::clicked, this, &CampaignTargetsPage::browseCsv);
    connect(wizard, &CampaignWizard::libraryLoaded, this, &CampaignTargetsPage::fillGroups);
}

void CampaignTargetsPage::fillGroups()
{
    m_updating = true;
    const FleetQueryContext &context = m_wizard->queryContext();
    const CampaignDraft &draft = m_wizard->draft();
    auto fill = [](QComboBox *combo, QStringList names, const QString &current) {
        names.sort(Qt::CaseInsensitive);
        const QString keep = current.isEmpty() ? combo->currentText() : current;
        combo->clear();
        combo->addItems(names);
        combo->setCurrentIndex(std::max(0, int(names.indexOf(keep))));
        combo->setEnabled(!names.isEmpty());
        if (names.isEmpty())
            combo->setPlaceholderText(tr("(none yet)"));
    };
    fill(m_smart,
         context.savedFilters.keys(),
         draft.targetSource == CampaignDraft::TargetSource::SmartGroup ? draft.spec.targetGroup
                                                                       : QString());
    fill(m_static,
         context.staticGroups.keys(),
         draft.targetSource == CampaignDraft::TargetSource::StaticGroup ? draft.spec.targetGroup
                                                                        : QString());
    m_smartRadio->setEnabled(m_smart->count() > 0);
    m_staticRadio->setEnabled(m_static->count() > 0);
    m_updating = false;
    if (m_initialised)
        update();
}

void CampaignTargetsPage::initializePage()
{
    if (m_initialised) {
        update();
        return;
    }
    m_updating = true;
    CampaignDraft &draft = m_wizard->draft();
    // A document's own list of device ids counts as the selection; else the window's.
    const QList<QUuid> selection
        = draft.selectionIds.isEmpty() ? m_wizard->options().selection : draft.selectionIds;
    if (draft.selectionIds.isEmpty())
        draft.selectionIds = selection;
    const int selected = int(selection.size());
    m_selectionLabel->setText(selected > 0 ? tr("%n device(s)", nullptr, selected)
                                           : tr("No device is selected in the window."));
    m_selectionRadio->setText(tr("The devices se&lected in the window (%n)", nullptr, selected));
    m_selectionRadio->setEnabled(selected > 0
                                 || draft.targetSource == CampaignDraft::TargetSource::Selection);
    if (draft.spec.targetKind == CampaignSpec::TargetKind::Query)
        m_query->setText(draft.spec.targetQuery);
    if (m_query->text().isEmpty() && !draft.spec.firmwareModel.isEmpty()
        && !draft.spec.firmwareModel.contains(QLatin1Char(' '))
        && !draft.spec.firmwareModel.contains(QLatin1Char('"'))) {
        m_query->setText(QStringLiteral("model:%1 fw:<%2 -lifecycle:retired")
                             .arg(draft.spec.firmwareModel, draft.spec.firmwareVersion));
    }
    if (!draft.csvPath.isEmpty())
        m_csvPath->setText(draft.csvPath);
    m_updating = false;
    fillGroups();
    if (QAbstractButton *button = m_kinds->button(int(draft.targetSource)))
        button->setChecked(true);
    m_initialised = true;
    update();
}

void CampaignTargetsPage::browseCsv()
{
    const QString start = m_csvPath->text().isEmpty() ? QDir::homePath()
                                                      : QFileInfo(m_csvPath->text()).absolutePath();
    const QString path = m_wizard->fileDialogs()->openFileName(
        this, tr("Devices for the Campaign"), start, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    m_csvPath->setText(QDir::toNativeSeparators(path));
    m_csvRadio->setChecked(true);
    update();
}

void CampaignTargetsPage::update()
{
    if (!m_initialised || m_updating)
        return;
    CampaignDraft &draft = m_wizard->draft();
    const auto kind = CampaignDraft::TargetSource(m_kinds->checkedId());
    switch (kind) {
    case CampaignDraft::TargetSource::Query:
        draft.setQueryTarget(m_query->text());
        break;
    case CampaignDraft::TargetSource::SmartGroup:
    case CampaignDraft::TargetSource::StaticGroup:
        draft.setGroupTarget(kind,
                             kind == CampaignDraft::TargetSource::SmartGroup
                                 ? m_smart->currentText()
                                 : m_static->currentText());
        break;
    case CampaignDraft::TargetSource::Selection:
        draft.setSelectionTarget(draft.selectionIds);
        break;
    case CampaignDraft::TargetSource::CsvFile:
        if (QDir::fromNativeSeparators(m_csvPath->text().trimmed()) != draft.csvPath
            || draft.targetSource != CampaignDraft::TargetSource::CsvFile
            || draft.spec.targetDevices.isEmpty())
            draft.setCsvTarget(QDir::fromNativeSeparators(m_csvPath->text().trimmed()));
        break;
    }
    const QVector<CampaignProblem> problems = draft.validateTargets(m_wizard->queryContext());
    m_problems->setProblems(problems);
    if (kind == CampaignDraft::TargetSource::Query && !problems.isEmpty()
        && !m_query->text().trimmed().isEmpty()) {
        const FleetQuery query = FleetQuery::parse(m_query->text(), m_wizard->queryContext());
        m_query->setError(problems.first().message, query.errorPosition(), query.errorLength());
    } else {
        m_query->clearError();
    }
    if (kind == CampaignDraft::TargetSource::CsvFile && draft.csvError.isEmpty())
        m_csvPath->setToolTip(
            tr("%n device(s) in the file", nullptr, int(draft.spec.targetDevices.size())));
    emit completeChanged();
}

bool CampaignTargetsPage::isComplete() const
{
    return m_initialised && m_wizard->isLibraryLoaded()
           && m_wizard->draft().validateTargets(m_wizard->queryContext()).isEmpty();
}

// ----- Dry run -----

CampaignDryRunPage::CampaignDryRunPage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("dryRunPage"));
    setTitle(tr("Dry Run"));
    setSubTitle(tr("Every targeted device, whether it would take part or why it is skipped. "
                   "Nothing is sent to any device from this page."));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dryRunSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("dryRunProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Checking the targets"));
    m_busy->hide();
    m_rerun = new QPushButton(tr("Check &Again"), this);
    m_rerun->setObjectName(QStringLiteral("dryRunAgainButton"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_rerun);
    layout->addLayout(top);

    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("dryRunReasonsLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reasons);
    m_unknown = new QLabel(this);
    m_unknown->setObjectName(QStringLiteral("dryRunUnknownLabel"));
    m_unknown->setWordWrap(true);
    m_unknown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unknown->hide();
    layout->addWidget(m_unknown);

    m_model = new CampaignPlanModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignPlanModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dryRunTableView"));
    m_view->setAccessibleName(tr("Targeted devices"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_view, 1);

    m_problems = new CampaignProblemLabel(this);
    layout->addWidget(m_problems);

    connect(m_rerun, &QPushButton::clicked, this, &CampaignDryRunPage::runAgain);
}

void CampaignDryRunPage::initializePage()
{
    runAgain();
}

void CampaignDryRunPage::runAgain()
{
    m_hasResult = false;
    m_busy->show();
    m_rerun->setEnabled(false);
    m_summary->setText(tr("Checking the targeted devices against the fleet cache…"));
    m_reasons->clear();
    m_unknown->hide();
    m_problems->setProblems({});
    emit completeChanged();
    m_wizard->runDryRun([this](const CampaignCreator::Result &result) { showResult(result); });
}

void CampaignDryRunPage::showResult(const CampaignCreator::Result &result)
{
    m_result = result;
    m_hasResult = true;
    m_busy->hide();
    m_rerun->setEnabled(true);
    const CampaignPlan &plan = result.plan;
    m_model->setPlan(plan);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount() - 1; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 220));

    if (!result.error.isEmpty()) {
        m_summary->setText(tr("The dry run failed: %1").arg(result.error));
    } else {
        const QLocale locale;
        QString summary = tr("%n device(s) targeted: ", nullptr, int(plan.entries.size()))
                          + tr("%n eligible, ", nullptr, plan.eligible)
                          + tr("%n skipped.", nullptr, plan.skipped());
        if (plan.eligible > 0)
            summary += QLatin1Char(' ')
                       + tr("Estimated %1 and %2 to download with the current rollout settings.")
                             .arg(durationText(plan.estimatedSeconds),
                                  locale.formattedDataSize(plan.estimatedBytes));
        m_summary->setText(summary);
    }

    QStringList reasons;
    for (const QString &id : CampaignPlanner::reasonIds()) {
        const int n = plan.countsByReason.value(id);
        if (n > 0)
            reasons << tr("%1: %2").arg(CampaignPlanner::reasonName(id)).arg(n);
    }
    m_reasons->setText(reasons.isEmpty()
                           ? QString()
                           : tr("Skipped because — %1").arg(reasons.join(QStringLiteral(" · "))));
    m_reasons->setVisible(!reasons.isEmpty());
    if (!plan.unknownTargets.isEmpty()) {
        m_unknown->setText(tr("%n listed device(s) are not in the fleet: %1",
                              nullptr,
                              int(plan.unknownTargets.size()))
                               .arg(plan.unknownTargets.join(QStringLiteral(", "))));
        m_unknown->show();
    }
    // Problems of the rollout (waves, thresholds) are the Rollout page's and Review's: here only
    // what is about the firmware and the targets.
    QVector<CampaignProblem> shown;
    for (const CampaignProblem &p : plan.problems) {
        if (p.pointer.startsWith(QLatin1String("/targets"))
            || p.pointer.startsWith(QLatin1String("/firmware")) || p.pointer.isEmpty())
            shown.append(p);
    }
    m_problems->setProblems(shown);
    emit completeChanged();
}

bool CampaignDryRunPage::isComplete() const
{
    return m_hasResult && m_result.error.isEmpty() && m_result.plan.eligible > 0;
}

// ----- Rollout -----

CampaignRolloutPage::CampaignRolloutPage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("rolloutPage"));
    setTitle(tr("Rollout"));
    setSubTitle(tr("How the campaign proceeds: waves, pace, when it stops itself, when devices "
                   "may start, in which order, and what a device must satisfy first."));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rolloutScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // Waves.
    auto *waves = new QGroupBox(tr("Waves"), content);
    auto *wavesLayout = new QVBoxLayout(waves);
    m_waveRows = new QVBoxLayout;
    wavesLayout->addLayout(m_waveRows);
    auto *waveButtons = new QHBoxLayout;
    m_addWave = new QPushButton(tr("&Add Wave"), waves);
    m_addWave->setObjectName(QStringLiteral("addWaveButton"));
    m_removeWave = new QPushButton(tr("Remove Last &Wave"), waves);
    m_removeWave->setObjectName(QStringLiteral("removeWaveButton"));
    waveButtons->addWidget(m_addWave);
    waveButtons->addWidget(m_removeWave);
    waveButtons->addStretch(1);
    wavesLayout->addLayout(waveButtons);
    wavesLayout->addWidget(hint(tr("The first wave is the canary. Devices left after the last "
                                   "wave form one more wave. A percentage is of the eligible "
                                   "devices."),
                                waves));
    left->addWidget(waves);

    // Pace.
    auto *pace = new QGroupBox(tr("Pace"), content);
    auto *paceForm = new QFormLayout(pace);
    m_concurrency = new QSpinBox(pace);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrency->setRange(1, 1000);
    m_concurrency->setAccessibleName(tr("Devices updating at once"));
    paceForm->addRow(tr("Devices updating at &once:"), m_concurrency);
    m_timeout = new QSpinBox(pace);
    m_timeout->setObjectName(QStringLiteral("deviceTimeoutSpinBox"));
    m_timeout->setRange(10, 7 * 86400);
    m_timeout->setSingleStep(60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Device timeout in seconds"));
    m_timeout->setToolTip(tr("From the first command to a device until it reports the new "
                             "version after its reboot."));
    paceForm->addRow(tr("Device &timeout:"), m_timeout);
    m_retries = new QSpinBox(pace);
    m_retries->setObjectName(QStringLiteral("retriesSpinBox"));
    m_retries->setRange(0, 10);
    m_retries->setAccessibleName(tr("Retries per device"));
    paceForm->addRow(tr("&Retries per device:"), m_retries);
    left->addWidget(pace);

    // Thresholds.
    auto *thresholds = new QGroupBox(tr("Thresholds"), content);
    auto *thresholdForm = new QFormLayout(thresholds);
    m_success = new AmountEditor(QStringLiteral("successThreshold"), 0, thresholds);
    m_success->setAccessibleNames(tr("Success threshold"));
    thresholdForm->addRow(tr("&Succeeded per wave to go on:"), m_success);
    m_error = new AmountEditor(QStringLiteral("errorThreshold"), 0, thresholds);
    m_error->setAccessibleNames(tr("Error threshold"));
    thresholdForm->addRow(tr("&Failures per wave allowed:"), m_error);
    m_onError = new QComboBox(thresholds);
    m_onError->setObjectName(QStringLiteral("onErrorComboBox"));
    m_onError->setAccessibleName(tr("When more fail"));
    m_onError->addItem(tr("Pause the campaign"), int(CampaignSpec::OnError::Pause));
    m_onError->addItem(tr("Abort the campaign"), int(CampaignSpec::OnError::Abort));
    thresholdForm->addRow(tr("When &more fail:"), m_onError);
    m_approval = new QCheckBox(tr("Wait for an operator's appro&val after each wave"), thresholds);
    m_approval->setObjectName(QStringLiteral("approvalCheckBox"));
    thresholdForm->addRow(m_approval);
    left->addWidget(thresholds);
    left->addStretch(1);

    // Window.
    m_window = new QGroupBox(tr("Only start devices inside a maintenance &window"), content);
    m_window->setObjectName(QStringLiteral("windowGroupBox"));
    m_window->setCheckable(true);
    m_window->setAccessibleName(tr("Maintenance window"));
    auto *windowForm = new QFormLayout(m_window);
    auto *days = new QHBoxLayout;
    static const char *const dayIds[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_window);
        box->setObjectName(QStringLiteral("%1DayCheckBox").arg(QLatin1String(dayIds[day - 1])));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(true);
        days->addWidget(box);
        m_days.append(box);
    }
    days->addStretch(1);
    windowForm->addRow(tr("Days:"), days);
    auto *times = new QHBoxLayout;
    m_from = new QTimeEdit(m_window);
    m_from->setObjectName(QStringLiteral("windowFromTimeEdit"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setAccessibleName(tr("Window opens at"));
    m_to = new QTimeEdit(m_window);
    m_to->setObjectName(QStringLiteral("windowToTimeEdit"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setAccessibleName(tr("Window closes at"));
    times->addWidget(m_from);
    times->addWidget(new QLabel(tr("to"), m_window));
    times->addWidget(m_to);
    times->addStretch(1);
    auto *fromLabel = new QLabel(tr("&From:"), m_window);
    fromLabel->setBuddy(m_from);
    windowForm->addRow(fromLabel, times);
    m_tz = new QComboBox(m_window);
    m_tz->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_tz->setAccessibleName(tr("Time zone of the window"));
    m_tz->setEditable(true);
    m_tz->setInsertPolicy(QComboBox::NoInsert);
    m_tz->setMaxVisibleItems(20);
    m_tz->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tz->setMinimumContentsLength(18);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_tz->addItem(QString::fromUtf8(id));
    m_tz->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_tz->completer()->setFilterMode(Qt::MatchContains);
    m_tz->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    windowForm->addRow(tr("Time &zone:"), m_tz);
    windowForm->addRow(hint(tr("A window that ends before it starts spans midnight and belongs "
                               "to the day it opens."),
                            m_window));
    right->addWidget(m_window);

    // Group order.
    auto *order = new QGroupBox(tr("Group order"), content);
    auto *orderLayout = new QVBoxLayout(order);
    m_order = new QPlainTextEdit(order);
    m_order->setObjectName(QStringLiteral("orderPlainTextEdit"));
    m_order->setAccessibleName(tr("Group order: one stage per line, device tags separated by "
                                  "commas"));
    m_order->setTabChangesFocus(true);
    m_order->setPlaceholderText(tr("gateway\nsensor, meter"));
    m_order->setFixedHeight(m_order->fontMetrics().lineSpacing() * 4 + 2 * m_order->frameWidth()
                            + 8);
    orderLayout->addWidget(m_order);
    orderLayout->addWidget(hint(tr("One stage per line, device tags separated by commas. A "
                                   "stage starts when every device of the earlier stages has "
                                   "succeeded; untagged devices come last."),
                                order));
    right->addWidget(order);

    // Preconditions.
    auto *pre
        = new QGroupBox(tr("Preconditions (checked again right before each device)"), content);
    auto *preGrid = new QGridLayout(pre);
    m_online = new QCheckBox(tr("Device is o&nline"), pre);
    m_online->setObjectName(QStringLiteral("onlineCheckBox"));
    m_notBusy = new QCheckBox(tr("Device is not b&usy"), pre);
    m_notBusy->setObjectName(QStringLiteral("notBusyCheckBox"));
    m_notBusy->setToolTip(tr("Not rebooting, not in another operation or campaign, firmware "
                             "update object idle."));
    m_batteryCheck = new QCheckBox(tr("&Battery at least"), pre);
    m_batteryCheck->setObjectName(QStringLiteral("batteryMinCheckBox"));
    m_battery = new QSpinBox(pre);
    m_battery->setObjectName(QStringLiteral("batteryMinSpinBox"));
    m_battery->setRange(0, 100);
    m_battery->setSuffix(tr(" %"));
    m_battery->setAccessibleName(tr("Minimum battery"));
    m_signalCheck = new QCheckBox(tr("Si&gnal at least"), pre);
    m_signalCheck->setObjectName(QStringLiteral("signalMinCheckBox"));
    m_signal = new QSpinBox(pre);
    m_signal->setObjectName(QStringLiteral("signalMinSpinBox"));
    m_signal->setRange(-200, 0);
    m_signal->setSuffix(tr(" dBm"));
    m_signal->setAccessibleName(tr("Minimum signal"));
    preGrid->addWidget(m_online, 0, 0);
    preGrid->addWidget(m_notBusy, 0, 1, 1, 2);
    preGrid->addWidget(m_batteryCheck, 1, 0);
    preGrid->addWidget(m_battery, 1, 1);
    preGrid->addWidget(m_signalCheck, 2, 0);
    preGrid->addWidget(m_signal, 2, 1);
    preGrid->setColumnStretch(2, 1);
    right->addWidget(pre);

    // Expiry.
    m_expires = new QGroupBox(tr("The campaign e&xpires"), content);
    m_expires->setObjectName(QStringLiteral("expiresGroupBox"));
    m_expires->setCheckable(true);
    m_expires->setAccessibleName(tr("Expiry"));
    auto *expiresLayout = new QHBoxLayout(m_expires);
    m_expiresEdit = new QDateTimeEdit(m_expires);
    m_expiresEdit->setObjectName(QStringLiteral("expiresDateTimeEdit"));
    m_expiresEdit->setTimeSpec(Qt::UTC);
    m_expiresEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiresEdit->setCalendarPopup(true);
    m_expiresEdit->setAccessibleName(tr("Expires at (UTC)"));
    expiresLayout->addWidget(new QLabel(tr("at"), m_expires));
    expiresLayout->addWidget(m_expiresEdit);
    expiresLayout->addWidget(new QLabel(tr("UTC — nothing starts after it"), m_expires));
    expiresLayout->addStretch(1);
    right->addWidget(m_expires);
    right->addStretch(1);

    m_problems = new CampaignProblemLabel(this);
    outer->addWidget(m_problems);

    auto changed = [this] {
        update();
    };
    connect(m_addWave, &QPushButton::clicked, this, &CampaignRolloutPage::addWave);
    connect(m_removeWave, &QPushButton::clicked, this, &CampaignRolloutPage::removeWave);
    for (QSpinBox *spin : {m_concurrency, m_timeout, m_retries, m_battery, m_signal})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (AmountEditor *amount : {m_success, m_error})
        connect(amount, &AmountEditor::changed, this, changed);
    connect(m_onError, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_approval, m_online, m_notBusy, m_batteryCheck, m_signalCheck})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_window, &QGroupBox::toggled, this, changed);
    connect(m_expires, &QGroupBox::toggled, this, changed);
    connect(m_from, &QTimeEdit::timeChanged, this, changed);
    connect(m_to, &QTimeEdit::timeChanged, this, changed);
    connect(m_tz, &QComboBox::currentTextChanged, this, changed);
    connect(m_order, &QPlainTextEdit::textChanged, this, changed);
    connect(m_expiresEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_batteryCheck, &QCheckBox::toggled, m_battery, &QWidget::setEnabled);
    connect(m_signalCheck, &QCheckBox::toggled, m_signal, &QWidget::setEnabled);
}

void CampaignRolloutPage::initializePage()
{
    if (!m_loaded) {
        load(m_wizard->draft().spec);
        m_loaded = true;
    }
    update();
}

void CampaignRolloutPage::load(const CampaignSpec &spec)
{
    m_loading = true;
    while (!m_waves.isEmpty())
        removeWave();
    for (const CampaignAmount &wave : spec.waves) {
        addWave();
        m_waves.last()->setAmount(wave);
    }
    m_concurrency->setValue(spec.concurrency);
    m_timeout->setValue(spec.deviceTimeoutS);
    m_retries->setValue(spec.retries);
    m_success->setAmount(spec.successThreshold);
    m_error->setAmount(spec.errorThreshold);
    m_onError->setCurrentIndex(spec.onError == CampaignSpec::OnError::Pause ? 0 : 1);
    m_approval->setChecked(spec.approvalAfterWave);
    m_window->setChecked(spec.window.has_value());
    const CampaignWindow window = spec.window.value_or(CampaignWindow{
        {}, QTime(22, 0), QTime(5, 0), QString::fromUtf8(QTimeZone::systemTimeZoneId())});
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(window.days.isEmpty() || window.days.contains(day));
    m_from->setTime(window.from);
    m_to->setTime(window.to);
    m_tz->setCurrentText(window.tz);
    QStringList stages;
    for (const QStringList &stage : spec.order)
        stages << stage.join(QStringLiteral(", "));
    m_order->setPlainText(stages.join(QLatin1Char('\n')));
    m_online->setChecked(spec.preconditions.online);
    m_notBusy->setChecked(spec.preconditions.notBusy);
    m_batteryCheck->setChecked(spec.preconditions.batteryMin.has_value());
    m_battery->setValue(spec.preconditions.batteryMin.value_or(20));
    m_battery->setEnabled(spec.preconditions.batteryMin.has_value());
    m_signalCheck->setChecked(spec.preconditions.signalMinDbm.has_value());
    m_signal->setValue(spec.preconditions.signalMinDbm.value_or(-110));
    m_signal->setEnabled(spec.preconditions.signalMinDbm.has_value());
    m_expires->setChecked(spec.expires.isValid());
    m_expiresEdit->setDateTime(spec.expires.isValid() ? spec.expires.toUTC()
                                                      : m_wizard->now().toUTC().addDays(14));
    m_loading = false;
}

void CampaignRolloutPage::addWave()
{
    const int n = int(m_waves.size());
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(row);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(tr("Wave 1 (canary):")) + 8);
    auto *editor = new AmountEditor(QStringLiteral("wave%1Size").arg(n + 1), 1, row);
    editor->setAmount(n == 0 ? CampaignAmount::count(1) : CampaignAmount::percent(100));
    label->setBuddy(editor->spinBox());
    layout->addWidget(label);
    layout->addWidget(editor, 1);
    m_waveRows->addWidget(row);
    m_waves.append(editor);
    connect(editor, &AmountEditor::changed, this, [this] { update(); });
    updateWaveLabels();
    if (!m_loading) {
        editor->spinBox()->setFocus();
        update();
    }
}

void CampaignRolloutPage::removeWave()
{
    if (m_waves.isEmpty())
        return;
    AmountEditor *editor = m_waves.takeLast();
    QWidget *row = editor->parentWidget();
    m_waveRows->removeWidget(row);
    row->deleteLater();
    row->hide();
    updateWaveLabels();
    if (!m_loading)
        update();
}

void CampaignRolloutPage::updateWaveLabels()
{
    for (int i = 0; i < m_waves.size(); ++i) {
        auto *label = m_waves[i]->parentWidget()->findChild<QLabel *>();
        const QString text = i == 0 ? tr("Wave 1 (&canary):") : tr("Wave %1:").arg(i + 1);
        label->setText(text);
        m_waves[i]->setAccessibleNames(i == 0 ? tr("Wave 1 (canary) size")
                                              : tr("Wave %1 size").arg(i + 1));
    }
    m_removeWave->setEnabled(!m_waves.isEmpty());
    if (m_waves.isEmpty()) {
        // Without waves every eligible device is one wave.
        m_addWave->setToolTip(tr("Without waves, all eligible devices form one wave."));
    }
}

void CampaignRolloutPage::update()
{
    if (m_loading || !m_loaded)
        return;
    CampaignDraft &draft = m_wizard->draft();
    CampaignSpec &spec = draft.spec;
    spec.waves.clear();
    for (AmountEditor *editor : std::as_const(m_waves))
        spec.waves.append(editor->amount());
    spec.concurrency = m_concurrency->value();
    spec.deviceTimeoutS = m_timeout->value();
    spec.retries = m_retries->value();
    spec.successThreshold = m_success->amount();
    spec.errorThreshold = m_error->amount();
    spec.onError = CampaignSpec::OnError(m_onError->currentData().toInt());
    spec.approvalAfterWave = m_approval->isChecked();
    if (m_window->isChecked()) {
        CampaignWindow window;
        int ticked = 0;
        for (int day = 1; day <= 7; ++day) {
            if (m_days[day - 1]->isChecked()) {
                window.days.append(day);
                ++ticked;
            }
        }
        if (ticked == 7 || ticked == 0)
            window.days.clear();
        draft.windowHasNoDays = ticked == 0;
        window.from = QTime(m_from->time().hour(), m_from->time().minute());
        window.to = QTime(m_to->time().hour(), m_to->time().minute());
        window.tz = m_tz->currentText().trimmed();
        spec.window = window;
    } else {
        spec.window.reset();
        draft.windowHasNoDays = false;
    }
    spec.order.clear();
    for (const QString &line : parseStages(m_order->toPlainText())) {
        QStringList stage;
        for (const QString &tag : line.split(QLatin1Char(','))) {
            if (!tag.trimmed().isEmpty())
                stage << tag.trimmed();
        }
        if (!stage.isEmpty())
            spec.order.append(stage);
    }
    spec.preconditions.online = m_online->isChecked();
    spec.preconditions.notBusy = m_notBusy->isChecked();
    spec.preconditions.batteryMin
        = m_batteryCheck->isChecked() ? std::optional<int>(m_battery->value()) : std::nullopt;
    spec.preconditions.signalMinDbm
        = m_signalCheck->isChecked() ? std::optional<int>(m_signal->value()) : std::nullopt;
    spec.expires = m_expires->isChecked() ? m_expiresEdit->dateTime().toUTC() : QDateTime();
    if (spec.expires.isValid())
        spec.expires.setTime(QTime(spec.expires.time().hour(), spec.expires.time().minute()));

    m_currentProblems = draft.validateRollout(m_wizard->now());
    m_problems->setProblems(m_currentProblems);
    emit completeChanged();
}

bool CampaignRolloutPage::isComplete() const
{
    return m_loaded && m_currentProblems.isEmpty();
}

// ----- Review -----

CampaignReviewPage::CampaignReviewPage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and Start"));
    setSubTitle(tr("The campaign document as FleetDesk will store it. Start creates the "
                   "campaign; the canary wave begins when it runs."));
    setCommitPage(false);
    auto *layout = new QHBoxLayout(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *documentLabel = new QLabel(tr("Campaign &document:"), left);
    m_document = new QPlainTextEdit(left);
    m_document->setObjectName(QStringLiteral("documentPlainTextEdit"));
    m_document->setAccessibleName(tr("Campaign document (JSON)"));
    m_document->setReadOnly(true);
    m_document->setTabChangesFocus(true);
    m_document->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    documentLabel->setBuddy(m_document);
    auto *saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve Document…"), left);
    m_save->setObjectName(QStringLiteral("saveDocumentButton"));
    m_saveStatus = new QLabel(left);
    m_saveStatus->setObjectName(QStringLiteral("saveStatusLabel"));
    m_saveStatus->setWordWrap(true);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveStatus, 1);
    leftLayout->addWidget(documentLabel);
    leftLayout->addWidget(m_document, 1);
    leftLayout->addLayout(saveRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_busy = new QProgressBar(right);
    m_busy->setObjectName(QStringLiteral("reviewProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Checking the campaign"));
    m_busy->hide();
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_busy);
    rightLayout->addLayout(statusRow);

    m_problemTitle = new QLabel(tr("Problems to fix before starting:"), right);
    rightLayout->addWidget(m_problemTitle);
    m_problemTitle->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_problemTitle->setWordWrap(true);
    m_problemList = new CampaignProblemLabel(right);
    rightLayout->addWidget(m_problemList);

    auto *download = new QGroupBox(tr("Devices download the image from"), right);
    auto *downloadLayout = new QGridLayout(download);
    m_builtIn = new QRadioButton(tr("FleetDesk's &firmware server at"), download);
    m_builtIn->setObjectName(QStringLiteral("builtInServerRadioButton"));
    m_serveAddress = new QLineEdit(download);
    m_serveAddress->setObjectName(QStringLiteral("serveAddressLineEdit"));
    m_serveAddress->setAccessibleName(tr("Firmware server address (host:port)"));
    m_serveAddress->setPlaceholderText(tr("host:port"));
    m_https = new QCheckBox(tr("&HTTPS"), download);
    m_https->setObjectName(QStringLiteral("httpsCheckBox"));
    m_external = new QRadioButton(download);
    m_external->setObjectName(QStringLiteral("externalUrlRadioButton"));
    downloadLayout->addWidget(m_builtIn, 0, 0);
    downloadLayout->addWidget(m_serveAddress, 0, 1);
    downloadLayout->addWidget(m_https, 0, 2);
    downloadLayout->addWidget(m_external, 1, 0, 1, 3);
    downloadLayout->addWidget(hint(tr("Pick an address devices can reach: on site, the "
                                      "laptop's address in the devices' network."),
                                   download),
                              2,
                              0,
                              1,
                              3);
    downloadLayout->setColumnStretch(1, 1);
    rightLayout->addWidget(download);
    rightLayout->addStretch(1);
    layout->addWidget(left, 1);
    layout->addWidget(right, 1);

    auto downloadChanged = [this] {
        CampaignWizard::Download d;
        d.builtInServer = m_builtIn->isChecked();
        d.serveAddress = m_serveAddress->text().trimmed();
        d.https = m_https->isChecked();
        m_wizard->setDownload(d);
        m_serveAddress->setEnabled(d.builtInServer);
        m_https->setEnabled(d.builtInServer);
        update();
    };
    connect(m_builtIn, &QRadioButton::toggled, this, downloadChanged);
    connect(m_serveAddress, &QLineEdit::textChanged, this, downloadChanged);
    connect(m_https, &QCheckBox::toggled, this, downloadChanged);
    connect(m_save, &QPushButton::clicked, this, &CampaignReviewPage::saveDocument);
}

void CampaignReviewPage::initializePage()
{
    m_creationProblems.clear();
    m_creationError.clear();
    m_saveStatus->clear();
    const CampaignWizard::Download download = m_wizard->download();
    const std::optional<FirmwareImageRecord> image = m_wizard->chosenImage();
    const bool hasUrl = image && !image->externalUrl.isEmpty();
    m_external->setText(hasUrl ? tr("The image's download URL: %1").arg(image->externalUrl)
                               : tr("The image's download URL (this image has none)"));
    m_external->setEnabled(hasUrl);
    {
        const QSignalBlocker b1(m_builtIn);
        const QSignalBlocker b2(m_serveAddress);
        const QSignalBlocker b3(m_https);
        m_builtIn->setChecked(download.builtInServer || !hasUrl);
        m_external->setChecked(!download.builtInServer && hasUrl);
        m_serveAddress->setText(download.serveAddress);
        m_https->setChecked(download.https);
        m_serveAddress->setEnabled(m_builtIn->isChecked());
        m_https->setEnabled(m_builtIn->isChecked());
    }
    CampaignWizard::Download d = download;
    d.builtInServer = m_builtIn->isChecked();
    m_wizard->setDownload(d);

    m_document->setPlainText(QString::fromUtf8(m_wizard->draft().toJsonBytes()));
    // The plan is checked again with the rollout as it now stands (preconditions, waves).
    m_eligible = -1;
    m_checking = true;
    m_busy->show();
    m_summary->setText(tr("Checking the campaign against the fleet…"));
    update();
    m_wizard->runDryRun([this](const CampaignCreator::Result &result) {
        m_checking = false;
        m_busy->hide();
        m_eligible = result.error.isEmpty() ? result.plan.eligible : -1;
        if (!result.error.isEmpty()) {
            m_creationError = result.error;
        } else {
            const QVector<int> sizes = result.plan.waveSizes.isEmpty()
                                           ? m_wizard->draft().spec.waveSizes(m_eligible)
                                           : result.plan.waveSizes;
            QStringList waves;
            for (int n : sizes)
                waves << QString::number(n);
            m_summary->setText(tr("%n device(s) will be updated", nullptr, m_eligible)
                               + (sizes.isEmpty()
                                      ? QString()
                                      : tr(" in %n wave(s) (%1)", nullptr, int(sizes.size()))
                                            .arg(waves.join(QStringLiteral(" + "))))
                               + tr("; %n skipped.", nullptr, result.plan.skipped()));
            // Problems about the download (no URL) come from the creator.
            for (const CampaignProblem &p : result.plan.problems) {
                if (p.pointer.startsWith(QLatin1String("/firmware")))
                    m_creationProblems.append(p);
            }
        }
        update();
    });
}

void CampaignReviewPage::showCreationResult(const CampaignCreator::Result &result)
{
    m_creationError = result.error.isEmpty() && result.id <= 0 ? tr("The campaign was not created.")
                                                               : result.error;
    m_creationProblems = result.plan.problems;
    update();
}

void CampaignReviewPage::update()
{
    const CampaignDraft &draft = m_wizard->draft();
    QVector<CampaignProblem> problems = draft.validateReview(m_wizard->now(), m_eligible);
    for (const CampaignProblem &p : std::as_const(m_creationProblems)) {
        const bool known = std::any_of(problems.begin(), problems.end(), [&p](const auto &q) {
            return q.pointer == p.pointer && q.message == p.message;
        });
        if (!known)
            problems.append(p);
    }
    const CampaignWizard::Download download = m_wizard->download();
    if (download.builtInServer) {
        const QString address = download.serveAddress;
        const int colon = address.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = colon > 0 ? address.mid(colon + 1).toInt(&portOk) : 0;
        if (colon <= 0 || !portOk || port <= 0 || port > 65535)
            problems.append({QStringLiteral("/firmware"),
                             tr("The firmware server address is HOST:PORT, e.g. %1.")
                                 .arg(QStringLiteral("192.168.1.20:8470"))});
    }
    m_currentProblems = problems;
    m_problemList->setProblems(problems, m_creationError);
    if (problems.isEmpty() && m_creationError.isEmpty()) {
        m_problemTitle->setText(m_checking ? tr("Checking…")
                                           : tr("No problems found: ready to start."));
    } else {
        m_problemTitle->setText(tr("Problems to fix before starting:"));
    }
    emit completeChanged();
}

bool CampaignReviewPage::isComplete() const
{
    return !m_checking && m_eligible > 0 && m_currentProblems.isEmpty() && !m_wizard->isCreating();
}

void CampaignReviewPage::saveDocument()
{
    QString error;
    if (m_wizard->saveDocument(&error))
        m_saveStatus->setText(tr("Saved."));
    else
        m_saveStatus->setText(error);
}
