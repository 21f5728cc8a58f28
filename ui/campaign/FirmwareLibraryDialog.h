#pragma once

#include "firmware/FirmwareLibrary.h"
#include "fleet/Device.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class FileDialogs;
class FirmwareServer;
class MessageBoxes;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Campaigns ▸ Firmware library (docs/firmware-library.md): the images per model and version with
// their signature state, the devices that run each version and where devices download them; import
// (checked on a worker thread with its own cache connection; a refusal is shown with its reason),
// remove, the signing key per model, an external download URL, and FleetDesk's built-in firmware
// server (interface, port, optional HTTPS).
class FirmwareLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    struct Dependencies
    {
        QString fleetDbPath;                  // required; the library lives next to it
        DeviceList fleet;                     // for "devices on this version"
        FileDialogs *fileDialogs = nullptr;   // nullptr: the real file dialogs
        MessageBoxes *messageBoxes = nullptr; // nullptr: the real message boxes
        // A server that outlives the dialog (e.g. the window's, used by campaigns); nullptr: the
        // dialog owns one, which stops when the dialog is destroyed.
        FirmwareServer *server = nullptr;
        QString actor; // recorded as imported_by; empty: the user name
    };

    enum Column {
        ModelColumn,
        VersionColumn,
        SizeColumn,
        SignatureColumn,
        DevicesColumn,
        ImportedColumn,
        UrlColumn,
        ColumnCount
    };

    explicit FirmwareLibraryDialog(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~FirmwareLibraryDialog() override;

    // The code paths behind the buttons, for the buttons and for tests. All run on a worker thread
    // and report through the signals below.
    void reload();
    void importFile(const QString &path, bool replace = false);
    void removeImage(const QString &model, const QString &version);
    void setModelKey(const QString &model, const QString &pemPath, bool requireSigned);
    void clearModelKey(const QString &model);
    void setExternalUrl(const QString &model, const QString &version, const QString &url);
    bool startServer(); // with the group's settings; false: the reason is in serverStatusLabel()
    void stopServer();

    const QVector<FirmwareImageRecord> &images() const { return m_images; }
    FirmwareServer *server() const { return m_server; }

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *keyButton() const { return m_keyButton; }
    QPushButton *urlButton() const { return m_urlButton; }
    QComboBox *interfaceComboBox() const { return m_interface; }
    QSpinBox *portSpinBox() const { return m_port; }
    QCheckBox *httpsCheckBox() const { return m_https; }
    QLineEdit *certificateLineEdit() const { return m_certificate; }
    QLineEdit *keyLineEdit() const { return m_key; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QLabel *serverStatusLabel() const { return m_serverStatus; }
    QLabel *lastRequestLabel() const { return m_lastRequest; }

signals:
    void reloaded();
    // ok = false: message is the reason (also shown in statusLabel()).
    void operationFinished(bool ok, const QString &message);

private:
    void buildUi();
    void showImages();
    void updateButtons();
    void updateServerState();
    void finishOperation(bool ok, const QString &message);
    std::optional<FirmwareImageRecord> selectedImage() const;
    void chooseAndImport();
    void askRemove();
    void askModelKey();
    void askExternalUrl();
    QString browse(const QString &caption, const QString &filter);

    Dependencies m_deps;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    FirmwareServer *m_server = nullptr;
    QString m_directory;
    QVector<FirmwareImageRecord> m_images;
    QVector<FirmwareLibrary::ModelKey> m_keys;
    QHash<QString, QHash<QString, int>> m_devices; // model → version → count
    int m_pending = 0;

    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_keyButton = nullptr;
    QPushButton *m_urlButton = nullptr;
    QComboBox *m_interface = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_https = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_serverStatus = nullptr;
    QLabel *m_lastRequest = nullptr;
};
