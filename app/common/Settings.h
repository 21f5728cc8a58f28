#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// The one typed facade over QSettings. Widgets never spell a settings key; every key is in
// Settings.cpp.
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    Settings();
    explicit Settings(const QString &iniFile); // for tests and --settings

    QString language() const; // "" = system locale, or "en", "ja"
    void setLanguage(const QString &code);

    Theme theme() const;
    void setTheme(Theme theme);

    int staleAfterSeconds() const; // cached data older than this is shown as stale
    void setStaleAfterSeconds(int seconds);

    // MQTT topic explorer (the ingest pipeline, docs/mqtt.md "Ingest"): messages kept per topic in
    // the telemetry database (0 = none) and the most distinct topics kept per broker connection.
    int mqttHistoryPerTopic() const;
    void setMqttHistoryPerTopic(int messages);
    int mqttMaxTopics() const;
    void setMqttMaxTopics(int topics);

    QString fleetDbPath() const; // "" = AppPaths::defaultFleetDb()
    void setFleetDbPath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);

    // The device views: grouping of the tree (FleetGrouping::id, "" = site), tree or table, and
    // each view's header (visible columns, order, widths, sort column).
    QString fleetGroupBy() const;
    void setFleetGroupBy(const QString &id);
    bool fleetTableView() const;
    void setFleetTableView(bool table);
    QByteArray fleetTreeHeaderState() const;
    void setFleetTreeHeaderState(const QByteArray &value);
    QByteArray fleetTableHeaderState() const;
    void setFleetTableHeaderState(const QByteArray &value);

    // Every key and value, for "Export diagnostics". Holds no secrets: secrets live in the
    // keychain.
    QString dumpForDiagnostics() const;

    void sync();

    static QString themeToString(Theme theme);
    static Theme themeFromString(const QString &text);

private:
    QSettings m_settings;
};
