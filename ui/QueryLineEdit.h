#pragma once

#include <QLineEdit>
#include <QStringList>

#include <functional>

class QCompleter;
class QStringListModel;

// The filter box of the fleet query language (docs/query.md): a line edit that offers completions
// while the operator types — field names, then the values of the field being typed — and shows a
// malformed query as an error state (a red frame; the window shows the message).
//
// The window sets the completion source (FleetQuery::completions over its fleet and context), so
// this widget knows nothing about devices. Completion: the popup opens as the text is edited and
// on Ctrl+Space; Enter or Tab takes the highlighted candidate, Esc closes the popup (a second Esc
// is the window's: clear the filter).
class QueryLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(bool queryError READ hasError NOTIFY errorChanged)

public:
    // Candidates for the word at `cursor` in `text`; *replaceFrom = where that word starts.
    using CompletionSource
        = std::function<QStringList(const QString &text, int cursor, int *replaceFrom)>;

    explicit QueryLineEdit(QWidget *parent = nullptr);

    void setCompletionSource(CompletionSource source);
    QCompleter *completer() const { return m_completer; } // the popup, for tests
    QStringList currentCompletions() const;

    // The error state: a red frame, the message as tooltip and accessible description. position
    // and length (characters of text()) are kept for the window; the text itself is not touched.
    void setError(const QString &message, int position, int length);
    void clearError();
    bool hasError() const { return !m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    int errorPosition() const { return m_errorPosition; }
    int errorLength() const { return m_errorLength; }

public slots:
    // Opens the popup for the word at the cursor (Ctrl+Space); closes it when nothing fits.
    void showCompletions();

signals:
    void errorChanged(bool error);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertCompletion(const QString &candidate);
    void updateFrame();

    CompletionSource m_source;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_candidates = nullptr;
    int m_replaceFrom = 0;
    bool m_inserting = false;
    QString m_toolTip; // the tooltip without an error
    QString m_errorMessage;
    int m_errorPosition = -1;
    int m_errorLength = 0;
};
