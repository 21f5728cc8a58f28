#include "mqtt/PayloadViewerWidget.h"

#include "BackgroundTask.h"
#include "FileDialogs.h"
#include "common/Logging.h"

#include <QAbstractButton>
#include <QAbstractListModel>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>

using Format = PayloadDecoder::Format;

struct PayloadViewerWidget::Rendered
{
    PayloadDecoder::Decoded decoded;
    Format detected = Format::Text;
    std::shared_ptr<QTextDocument> document;
    std::shared_ptr<QStandardItemModel> tree;
    int treeItems = 0;
    bool treeCut = false;
    bool wrapped = false;
    QStringList lines; // instead of document, for a large text
    QStringList numericPaths;
};

// The lines of a large text, for a QTableView with fixed row heights (no per-line layout).
class PayloadViewerWidget::LinesModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setLines(const QStringList &lines)
    {
        beginResetModel();
        m_lines = lines;
        endResetModel();
    }
    const QStringList &lines() const { return m_lines; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_lines.size())
            return {};
        return m_lines.at(index.row());
    }

private:
    QStringList m_lines;
};

namespace {

// Buttons are named for assistive technology after their text ("Clear Retained…" → "Clear
// Retained").
void nameButtons(QWidget *root)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->accessibleName().isEmpty() || button->text().isEmpty())
            continue;
        QString text = button->text();
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x2026));
        button->setAccessibleName(text.trimmed());
    }
}

// Objects built on the worker and handed to the GUI thread: deleted there, whoever lets go last.
template<typename T>
std::shared_ptr<T> handOver(T *object, QThread *target)
{
    object->moveToThread(target);
    return std::shared_ptr<T>(object, [](T *o) { o->deleteLater(); });
}

// Breaks lines longer than maxChars (display only: one huge line would be laid out at once).
QString breakLongLines(const QString &text, int maxChars, bool *wrapped)
{
    if (maxChars <= 0)
        return text;
    qsizetype run = 0;
    bool needed = false;
    for (const QChar c : text) {
        run = c == QLatin1Char('\n') ? 0 : run + 1;
        if (run > maxChars) {
            needed = true;
            break;
        }
    }
    if (!needed)
        return text;
    *wrapped = true;
    QString out;
    out.reserve(text.size() + text.size() / maxChars + 1);
    run = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            run = 0;
        } else if (run == maxChars) {
            out += QChar(QChar::LineSeparator);
            run = 0;
        }
        if (c != QLatin1Char('\n'))
            ++run;
        out += c;
    }
    return out;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(4000) + QLatin1Char('"');
    case QJsonValue::Array:
        return PayloadViewerWidget::tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return PayloadViewerWidget::tr("{%n key(s)}", nullptr, int(value.toObject().size()));
    default:
        return {};
    }
}

void addJson(QStandardItem *parent,
             const QString &key,
             const QJsonValue &value,
             int *items,
             bool *cut,
             int maxItems)
{
    if (*items >= maxItems) {
        *cut = true;
        return;
    }
    ++*items;
    auto *keyItem = new QStandardItem(key);
    auto *valueItem = new QStandardItem(scalarText(value));
    keyItem->setEditable(false);
    valueItem->setEditable(false);
    parent->appendRow({keyItem, valueItem});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end() && !*cut; ++it)
            addJson(keyItem, it.key(), it.value(), items, cut, maxItems);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size() && !*cut; ++i)
            addJson(keyItem, QString::number(i), a.at(i), items, cut, maxItems);
    }
}

Format formatFor(PayloadViewerWidget::Mode mode)
{
    switch (mode) {
    case PayloadViewerWidget::Mode::Text:
        return Format::Text;
    case PayloadViewerWidget::Mode::Json:
    case PayloadViewerWidget::Mode::JsonTree:
        return Format::Json;
    case PayloadViewerWidget::Mode::Hex:
        return Format::Hex;
    case PayloadViewerWidget::Mode::Number:
        return Format::Number;
    case PayloadViewerWidget::Mode::Auto:
        break;
    }
    return Format::Auto;
}

} // namespace

PayloadViewerWidget::PayloadViewerWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("payloadViewerWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *tools = new QHBoxLayout;
    auto *decoderLabel = new QLabel(tr("&Decoder:"), this);
    m_decoderCombo = new QComboBox(this);
    m_decoderCombo->setObjectName(QStringLiteral("decoderComboBox"));
    m_decoderCombo->setToolTip(tr("How to show the payload; the bytes themselves never change"));
    m_decoderCombo->setAccessibleName(tr("Decoder"));
    m_decoderCombo->addItem(tr("Auto"), int(Mode::Auto));
    m_decoderCombo->addItem(tr("Text (UTF-8)"), int(Mode::Text));
    m_decoderCombo->addItem(tr("JSON"), int(Mode::Json));
    m_decoderCombo->addItem(tr("JSON tree"), int(Mode::JsonTree));
    m_decoderCombo->addItem(tr("Hex"), int(Mode::Hex));
    m_decoderCombo->addItem(tr("Number"), int(Mode::Number));
    decoderLabel->setBuddy(m_decoderCombo);
    auto *limitLabel = new QLabel(tr("&Show:"), this);
    m_limitCombo = new QComboBox(this);
    m_limitCombo->setObjectName(QStringLiteral("displayLimitComboBox"));
    m_limitCombo->setAccessibleName(tr("Display limit"));
    m_limitCombo->setToolTip(
        tr("Decode only the first part of large payloads (for display; the bytes are kept)"));
    m_limitCombo->addItem(tr("Whole payload"), qlonglong(0));
    m_limitCombo->addItem(tr("First 64 KB"), qlonglong(64 * 1024));
    m_limitCombo->addItem(tr("First 1 MB"), qlonglong(1024 * 1024));
    m_limitCombo->addItem(tr("First 10 MB"), qlonglong(10 * 1024 * 1024));
    limitLabel->setBuddy(m_limitCombo);
    m_saveButton = new QPushButton(tr("Save &Raw Payload…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRawPayloadPushButton"));
    m_saveButton->setToolTip(tr("Write the payload's bytes, exactly as received, to a file"));
    tools->addWidget(decoderLabel);
    tools->addWidget(m_decoderCombo);
    tools->addWidget(limitLabel);
    tools->addWidget(m_limitCombo);
    tools->addStretch(1);
    tools->addWidget(m_saveButton);
    layout->addLayout(tools);

    m_newerBar = new QWidget(this);
    m_newerBar->setObjectName(QStringLiteral("newerPayloadWidget"));
    auto *newer = new QHBoxLayout(m_newerBar);
    newer->setContentsMargins(0, 0, 0, 0);
    m_newerLabel = new QLabel(m_newerBar);
    m_newerLabel->setObjectName(QStringLiteral("newerPayloadLabel"));
    m_showNewerButton = new QPushButton(tr("S&how"), m_newerBar);
    m_showNewerButton->setObjectName(QStringLiteral("showNewerPayloadPushButton"));
    newer->addWidget(m_newerLabel, 1);
    newer->addWidget(m_showNewerButton);
    m_newerBar->hide();
    layout->addWidget(m_newerBar);

    m_stack = new QStackedWidget(this);
    m_textEdit = new QPlainTextEdit(m_stack);
    m_textEdit->setObjectName(QStringLiteral("payloadPlainTextEdit"));
    m_textEdit->setAccessibleName(tr("Payload"));
    m_textEdit->setReadOnly(true);
    m_textEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_treeView = new QTreeView(m_stack);
    m_treeView->setObjectName(QStringLiteral("payloadJsonTreeView"));
    m_treeView->setAccessibleName(tr("JSON tree"));
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_linesModel = new LinesModel(this);
    m_linesView = new QTableView(m_stack);
    m_linesView->setObjectName(QStringLiteral("payloadLinesTableView"));
    m_linesView->setAccessibleName(tr("Payload"));
    m_linesView->setModel(m_linesModel);
    m_linesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_linesView->horizontalHeader()->hide();
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    m_linesView->verticalHeader()->hide();
    m_linesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_linesView->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_linesView->font()).height()
                                                         + 2);
    m_linesView->setShowGrid(false);
    m_linesView->setWordWrap(false);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setTextElideMode(Qt::ElideNone);
    m_stack->addWidget(m_textEdit);
    m_stack->addWidget(m_treeView);
    m_stack->addWidget(m_linesView);
    layout->addWidget(m_stack, 1);

    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("payloadInfoLabel"));
    m_infoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_infoLabel);

    nameButtons(this);
    connect(m_decoderCombo, &QComboBox::currentIndexChanged, this, [this] {
        setMode(Mode(m_decoderCombo->currentData().toInt()));
    });
    connect(m_limitCombo, &QComboBox::currentIndexChanged, this, [this] {
        setDisplayLimit(m_limitCombo->currentData().toLongLong());
    });
    connect(m_showNewerButton, &QPushButton::clicked, this, &PayloadViewerWidget::showNewerPayload);
    connect(m_saveButton, &QPushButton::clicked, this, &PayloadViewerWidget::saveRawPayload);
    clear();
}

PayloadViewerWidget::~PayloadViewerWidget()
{
    m_textEdit->setDocument(nullptr);
}

void PayloadViewerWidget::setFileDialogs(FileDialogs *fileDialogs)
{
    m_fileDialogs = fileDialogs;
}

QString PayloadViewerWidget::formatLabel(Format format)
{
    switch (format) {
    case Format::Text:
        return tr("Text");
    case Format::Json:
        return tr("JSON");
    case Format::Hex:
        return tr("Hex");
    case Format::Number:
        return tr("Number");
    case Format::Auto:
        break;
    }
    return tr("Auto");
}

void PayloadViewerWidget::setPayload(const QByteArray &payload)
{
    m_payload = payload;
    m_hasPayload = true;
    m_hasNewer = false;
    m_newer.clear();
    m_newerBar->hide();
    m_saveButton->setEnabled(true);
    render();
}

void PayloadViewerWidget::updatePayload(const QByteArray &payload)
{
    if (m_hasPayload && payload.size() == m_payload.size()
        && (payload.constData() == m_payload.constData() || payload == m_payload)) {
        return; // the same bytes (a new rate or count only)
    }
    if (!m_hasPayload
        || (payload.size() <= AutoRefreshLimit && m_payload.size() <= AutoRefreshLimit)) {
        setPayload(payload);
        return;
    }
    m_newer = payload;
    m_hasNewer = true;
    m_newerLabel->setText(
        tr("A newer message arrived (%1). Large payloads are not replaced while you read them.")
            .arg(QLocale().formattedDataSize(
                payload.size(), 1, QLocale::DataSizeTraditionalFormat)));
    m_newerBar->show();
}

void PayloadViewerWidget::showNewerPayload()
{
    if (m_hasNewer)
        setPayload(m_newer);
}

void PayloadViewerWidget::clear()
{
    ++m_generation;
    m_payload.clear();
    m_hasPayload = false;
    m_hasNewer = false;
    m_newer.clear();
    m_newerBar->hide();
    m_busy = false;
    m_numericPaths.clear();
    m_fullSize = 0;
    m_shownBytes = 0;
    m_error.clear();
    m_textEdit->setDocument(nullptr); // its own empty document
    m_document.reset();
    m_textEdit->setPlaceholderText(tr("Select a topic to see its last message."));
    m_treeView->setModel(nullptr);
    m_treeModel.reset();
    m_linesModel->setLines({});
    m_stack->setCurrentWidget(m_textEdit);
    m_saveButton->setEnabled(false);
    m_infoLabel->clear();
}

void PayloadViewerWidget::setMode(Mode mode)
{
    const int index = m_decoderCombo->findData(int(mode));
    if (index >= 0 && index != m_decoderCombo->currentIndex()) {
        m_decoderCombo->setCurrentIndex(index); // comes back here
        return;
    }
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
    if (m_hasPayload)
        render();
}

void PayloadViewerWidget::setDisplayLimit(qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    const int index = m_limitCombo->findData(qlonglong(bytes));
    if (index >= 0 && index != m_limitCombo->currentIndex()) {
        m_limitCombo->setCurrentIndex(index);
        return;
    }
    if (bytes == m_limit)
        return;
    m_limit = bytes;
    if (m_hasPayload)
        render();
}

QString PayloadViewerWidget::shownText() const
{
    if (isShowingLines())
        return m_linesModel->lines().join(QLatin1Char('\n'));
    return m_document ? m_document->toPlainText() : QString();
}

bool PayloadViewerWidget::isShowingLines() const
{
    return m_stack->currentWidget() == m_linesView;
}

void PayloadViewerWidget::render()
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    updateInfo();
    const QByteArray payload = m_payload;
    const Mode mode = m_mode;
    const qint64 limit = m_limit;
    const QFont font = m_textEdit->font();
    QThread *gui = thread();
    BackgroundTask::run(
        this,
        [payload, mode, limit, font, gui] {
            Rendered r;
            const bool limited = limit > 0 && payload.size() > limit;
            r.detected = PayloadDecoder::detect(limited ? payload.left(limit) : payload);
            r.decoded = PayloadDecoder::decode(payload, formatFor(mode), limit);
            if (r.decoded.format == Format::Number && r.decoded.error.isEmpty()) {
                // The shortest text that reads back as the same number ("21.7", not
                // "21.699999999999999").
                if (const auto n = PayloadDecoder::number(payload))
                    r.decoded.text = QString::number(*n, 'g', QLocale::FloatingPointShortest);
            }
            if (r.decoded.format == Format::Json && r.decoded.error.isEmpty()) {
                r.numericPaths = PayloadDecoder::numericPaths(payload);
                if (mode == Mode::JsonTree) {
                    const QJsonDocument doc = QJsonDocument::fromJson(payload);
                    auto *model = new QStandardItemModel;
                    model->setHorizontalHeaderLabels(
                        {PayloadViewerWidget::tr("Key"), PayloadViewerWidget::tr("Value")});
                    const QJsonValue root
                        = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
                    QStandardItem *top = model->invisibleRootItem();
                    if (root.isObject()) {
                        const QJsonObject o = root.toObject();
                        for (auto it = o.begin(); it != o.end() && !r.treeCut; ++it)
                            addJson(
                                top, it.key(), it.value(), &r.treeItems, &r.treeCut, MaxTreeItems);
                    } else {
                        const QJsonArray a = root.toArray();
                        for (int i = 0; i < a.size() && !r.treeCut; ++i)
                            addJson(top,
                                    QString::number(i),
                                    a.at(i),
                                    &r.treeItems,
                                    &r.treeCut,
                                    MaxTreeItems);
                    }
                    r.tree = handOver(model, gui);
                }
            }
            const QString &text = r.decoded.text;
            if (!r.tree
                && (text.size() > MaxDocumentChars
                    || text.count(QLatin1Char('\n')) > MaxDocumentLines)) {
                // One row per line (long lines in pieces): the view costs the same for any size.
                const QStringList lines = text.split(QLatin1Char('\n'));
                r.lines.reserve(lines.size());
                for (const QString &line : lines) {
                    if (line.size() <= MaxLineChars) {
                        r.lines.append(line);
                        continue;
                    }
                    r.wrapped = true;
                    for (qsizetype at = 0; at < line.size(); at += MaxLineChars)
                        r.lines.append(line.mid(at, MaxLineChars));
                }
            } else if (!r.tree) {
                auto *doc = new QTextDocument;
                doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
                doc->setDefaultFont(font);
                doc->setUndoRedoEnabled(false);
                doc->setPlainText(breakLongLines(r.decoded.text, MaxLineChars, &r.wrapped));
                r.document = handOver(doc, gui);
            }
            return r;
        },
        [this, generation](const Rendered &result) {
            if (generation == m_generation)
                apply(result);
        });
}

void PayloadViewerWidget::apply(const Rendered &r)
{
    m_busy = false;
    m_shownFormat = r.decoded.format;
    m_detected = r.detected;
    m_shownBytes = r.decoded.shownBytes;
    m_fullSize = r.decoded.fullSize;
    m_error = r.decoded.error;
    m_wrapped = r.wrapped;
    m_treeItems = r.treeItems;
    m_treeCut = r.treeCut;
    m_numericPaths = r.numericPaths;
    if (r.tree) {
        m_treeView->setModel(r.tree.get());
        m_treeModel = r.tree;
        m_treeView->expandToDepth(0);
        m_treeView->header()->resizeSection(0, fontMetrics().averageCharWidth() * 24);
        m_stack->setCurrentWidget(m_treeView);
    } else if (!r.document) {
        m_linesModel->setLines(r.lines);
        m_textEdit->setDocument(nullptr);
        m_document.reset();
        m_stack->setCurrentWidget(m_linesView);
    } else {
        m_textEdit->setDocument(r.document.get());
        m_document = r.document; // the previous one goes (deleteLater)
        m_textEdit->setPlaceholderText(QString());
        m_stack->setCurrentWidget(m_textEdit);
    }
    m_decoderCombo->setItemText(0, tr("Auto (%1)").arg(formatLabel(m_detected)));
    updateInfo();
    emit rendered();
}

QString PayloadViewerWidget::infoText() const
{
    return m_infoLabel->text();
}

void PayloadViewerWidget::updateInfo()
{
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    if (!m_hasPayload) {
        m_infoLabel->clear();
        return;
    }
    if (m_busy) {
        m_infoLabel->setText(tr("Decoding %1…").arg(size(m_payload.size())));
        return;
    }
    QStringList parts;
    parts << (m_mode == Mode::JsonTree && m_treeModel ? tr("JSON tree")
                                                      : formatLabel(m_shownFormat));
    if (m_shownBytes < m_fullSize)
        parts << tr("showing %1 of %2 bytes (display limit)")
                     .arg(locale.toString(m_shownBytes), locale.toString(m_fullSize));
    else
        parts << tr("%n byte(s)", nullptr, int(qMin<qint64>(m_fullSize, INT_MAX)));
    if (!m_error.isEmpty())
        parts
            << tr("the %1 decoder could not read it: %2").arg(formatLabel(m_shownFormat), m_error);
    if (m_mode == Mode::JsonTree && !m_treeModel)
        parts << tr("not shown as a tree: the payload is not complete JSON");
    if (m_treeCut)
        parts << tr("the tree shows the first %1 values").arg(locale.toString(m_treeItems));
    if (m_wrapped)
        parts << tr("long lines are broken for display");
    m_infoLabel->setText(parts.join(QStringLiteral(" · ")));
}

void PayloadViewerWidget::saveRawPayload()
{
    if (!m_hasPayload)
        return;
    if (!m_fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_fileDialogs = m_ownFileDialogs.get();
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("payload.bin"));
    const QString path
        = m_fileDialogs->saveFileName(this, tr("Save raw payload"), suggested, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = m_payload;
    BackgroundTask::run(
        this,
        [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            file.write(bytes);
            return file.commit() ? QString() : file.errorString();
        },
        [this, path](const QString &error) {
            m_infoLabel->setText(
                error.isEmpty()
                    ? tr("Saved the raw payload to %1.").arg(QDir::toNativeSeparators(path))
                    : tr("The payload could not be saved to %1: %2")
                          .arg(QDir::toNativeSeparators(path), error));
        });
}
