#pragma once

#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

#include <memory>

class EmptyStateWidget;
class FileDialogs;
class FleetStore;
class MessageBoxes;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;
class TimelineModel;

// The details pane's "Timeline" tab: one device's journal (registrations, health changes,
// operations and their results, …) as one chronological list, newest or oldest first, filtered by
// kind and text, exportable as CSV or JSON. Loaded through FleetStore (never on the GUI thread)
// when the device changes, and again when the device's journal grows.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setFleetStore(FleetStore *store);
    void setFileDialogs(FileDialogs *fileDialogs);    // nullptr: the real file picker
    void setMessageBoxes(MessageBoxes *messageBoxes); // nullptr: real message boxes

    // Shows this device's timeline (loads it when the id changes); a null id clears it.
    void showDevice(const QUuid &deviceId, const QString &deviceName);
    void reload();
    // How many journal entries are loaded at most (newest first).
    void setLimit(int limit) { m_limit = limit; }

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void exportTo(const QString &path); // CSV, or JSON when path ends with .json

signals:
    void loaded(int entries);
    void exportFinished(bool ok, const QString &path, const QString &error);

private:
    void refillKinds();
    void updateState();
    void exportAsked();

    QPointer<FleetStore> m_store;
    FileDialogs *m_fileDialogs = nullptr;
    MessageBoxes *m_messageBoxes = nullptr;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    QUuid m_deviceId;
    QString m_deviceName;
    int m_limit = 1000;
    bool m_loading = false;
    bool m_reloadPending = false;

    TimelineModel *m_model = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_orderButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
};
