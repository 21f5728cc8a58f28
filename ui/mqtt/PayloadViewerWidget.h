#pragma once

#include "mqtt/PayloadDecoder.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

#include <memory>

class FileDialogs;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTextDocument;
class QTreeView;

// Shows one MQTT payload through a decoder the user picks: Auto (detected), Text (UTF-8), JSON
// (pretty), JSON tree, Hex (with offsets) or Number. The raw bytes are kept as they came: the
// decoder only changes what is shown, "Save raw payload…" writes the bytes themselves. Decoding
// and building the text (or tree) run on a worker, so a payload of several MB never blocks the
// GUI thread; an optional display limit decodes only the first N bytes and says "showing N of M
// bytes". Long lines are broken for display only. While a large payload is shown, a newer message
// on the topic is offered ("Show") instead of replacing the view under the reader.
class PayloadViewerWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Auto, Text, Json, JsonTree, Hex, Number };
    Q_ENUM(Mode)

    static constexpr qint64 AutoRefreshLimit
        = qint64(256) * 1024;                 // larger payloads: "Show" a newer one
    static constexpr int MaxLineChars = 2000; // longer lines are broken for display
    static constexpr int MaxTreeItems = 20000;
    // Up to this size the text goes into an editor (character selection); larger texts are shown
    // by a virtual line view whose cost does not grow with the size.
    static constexpr int MaxDocumentLines = 20000;
    static constexpr int MaxDocumentChars = 1 << 20;

    explicit PayloadViewerWidget(QWidget *parent = nullptr);
    ~PayloadViewerWidget() override;

    void setFileDialogs(FileDialogs *fileDialogs);

    // Another topic or message: shown at once.
    void setPayload(const QByteArray &payload);
    // A newer message on the shown topic: shown when small, otherwise offered.
    void updatePayload(const QByteArray &payload);
    void clear();
    QByteArray payload() const { return m_payload; }
    bool hasPayload() const { return m_hasPayload; }
    bool hasNewerPayload() const { return m_hasNewer; }
    void showNewerPayload();

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // 0 = decode everything.
    void setDisplayLimit(qint64 bytes);
    qint64 displayLimit() const { return m_limit; }

    // What the last render used and found.
    PayloadDecoder::Format shownFormat() const { return m_shownFormat; }
    PayloadDecoder::Format detectedFormat() const { return m_detected; }
    qint64 shownBytes() const { return m_shownBytes; }
    bool isBusy() const { return m_busy; }
    QString shownText() const;
    // Paths of the numbers in a JSON payload (PayloadDecoder::numericPaths), from the last render.
    QStringList numericPaths() const { return m_numericPaths; }
    QString infoText() const;

    QComboBox *decoderComboBox() const { return m_decoderCombo; }
    QComboBox *limitComboBox() const { return m_limitCombo; }
    QPlainTextEdit *textEdit() const { return m_textEdit; }
    QTreeView *jsonTreeView() const { return m_treeView; }
    QTableView *linesView() const { return m_linesView; }
    // True when the last render used the virtual line view (a large text).
    bool isShowingLines() const;
    QPushButton *showNewerButton() const { return m_showNewerButton; }

    void saveRawPayload();

    static QString formatLabel(PayloadDecoder::Format format);

signals:
    // A render finished and is on screen.
    void rendered();
    void modeChanged(PayloadViewerWidget::Mode mode);

private:
    struct Rendered;
    void render();
    void apply(const Rendered &result);
    void updateInfo();

    FileDialogs *m_fileDialogs = nullptr;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    QByteArray m_payload;
    QByteArray m_newer;
    bool m_hasPayload = false;
    bool m_hasNewer = false;
    Mode m_mode = Mode::Auto;
    qint64 m_limit = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
    PayloadDecoder::Format m_shownFormat = PayloadDecoder::Format::Text;
    PayloadDecoder::Format m_detected = PayloadDecoder::Format::Text;
    qint64 m_shownBytes = 0;
    qint64 m_fullSize = 0;
    QString m_error;
    bool m_wrapped = false;
    int m_treeItems = 0;
    bool m_treeCut = false;
    QStringList m_numericPaths;
    std::shared_ptr<QTextDocument> m_document;
    std::shared_ptr<QStandardItemModel> m_treeModel;
    class LinesModel;
    LinesModel *m_linesModel = nullptr;

    QComboBox *m_decoderCombo = nullptr;
    QComboBox *m_limitCombo = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_infoLabel = nullptr;
    QWidget *m_newerBar = nullptr;
    QLabel *m_newerLabel = nullptr;
    QPushButton *m_showNewerButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QTreeView *m_treeView = nullptr;
    QTableView *m_linesView = nullptr;
};
