#include "common/Settings.h"

#include "common/AppPaths.h"

#include <QDir>

// The table of every settings key. Nothing else in FleetDesk spells one.
namespace Key {
const QString Language = QStringLiteral("ui/language");
const QString Theme = QStringLiteral("ui/theme");
const QString StaleAfter = QStringLiteral("fleet/staleAfterSeconds");
const QString MqttHistoryPerTopic = QStringLiteral("mqtt/historyPerTopic");
const QString MqttMaxTopics = QStringLiteral("mqtt/maxTopics");
const QString FleetDb = QStringLiteral("fleet/cachePath");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString SplitterState = QStringLiteral("window/splitter");
const QString FleetGroupBy = QStringLiteral("fleet/groupBy");
const QString FleetTableView = QStringLiteral("fleet/tableView");
const QString FleetTreeHeader = QStringLiteral("window/fleetTreeHeader");
const QString FleetTableHeader = QStringLiteral("window/fleetTableHeader");
} // namespace Key

namespace {
constexpr int DefaultStaleAfterSeconds = 300;
constexpr int DefaultMqttHistoryPerTopic = 100; // as MqttIngest::Options
constexpr int DefaultMqttMaxTopics = 200000;    // as TopicStore::DefaultMaxTopics
} // namespace

Settings::Settings()
    : m_settings(QDir(AppPaths::configDir()).filePath(QStringLiteral("fleetdesk.ini")),
                 QSettings::IniFormat)
{}

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{}

QString Settings::language() const
{
    const QString code = m_settings.value(Key::Language).toString();
    return (code == QLatin1String("en") || code == QLatin1String("ja")) ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(Key::Language, code);
}

Settings::Theme Settings::theme() const
{
    return themeFromString(m_settings.value(Key::Theme).toString());
}

void Settings::setTheme(Theme theme)
{
    m_settings.setValue(Key::Theme, themeToString(theme));
}

int Settings::staleAfterSeconds() const
{
    bool ok = false;
    const int value = m_settings.value(Key::StaleAfter).toInt(&ok);
    return ok && value > 0 ? value : DefaultStaleAfterSeconds;
}

void Settings::setStaleAfterSeconds(int seconds)
{
    m_settings.setValue(Key::StaleAfter, seconds);
}

int Settings::mqttHistoryPerTopic() const
{
    bool ok = false;
    const int value = m_settings.value(Key::MqttHistoryPerTopic).toInt(&ok);
    return ok && value >= 0 ? value : DefaultMqttHistoryPerTopic;
}

void Settings::setMqttHistoryPerTopic(int messages)
{
    m_settings.setValue(Key::MqttHistoryPerTopic, qMax(0, messages));
}

int Settings::mqttMaxTopics() const
{
    bool ok = false;
    const int value = m_settings.value(Key::MqttMaxTopics).toInt(&ok);
    return ok && value > 0 ? value : DefaultMqttMaxTopics;
}

void Settings::setMqttMaxTopics(int topics)
{
    m_settings.setValue(Key::MqttMaxTopics, qMax(1, topics));
}

QString Settings::fleetDbPath() const
{
    return m_settings.value(Key::FleetDb).toString();
}

void Settings::setFleetDbPath(const QString &path)
{
    m_settings.setValue(Key::FleetDb, path);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(Key::WindowGeometry, value);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    m_settings.setValue(Key::WindowState, value);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &value)
{
    m_settings.setValue(Key::SplitterState, value);
}

QString Settings::fleetGroupBy() const
{
    return m_settings.value(Key::FleetGroupBy).toString();
}

void Settings::setFleetGroupBy(const QString &id)
{
    m_settings.setValue(Key::FleetGroupBy, id);
}

bool Settings::fleetTableView() const
{
    return m_settings.value(Key::FleetTableView, false).toBool();
}

void Settings::setFleetTableView(bool table)
{
    m_settings.setValue(Key::FleetTableView, table);
}

QByteArray Settings::fleetTreeHeaderState() const
{
    return m_settings.value(Key::FleetTreeHeader).toByteArray();
}

void Settings::setFleetTreeHeaderState(const QByteArray &value)
{
    m_settings.setValue(Key::FleetTreeHeader, value);
}

QByteArray Settings::fleetTableHeaderState() const
{
    return m_settings.value(Key::FleetTableHeader).toByteArray();
}

void Settings::setFleetTableHeaderState(const QByteArray &value)
{
    m_settings.setValue(Key::FleetTableHeader, value);
}

QString Settings::dumpForDiagnostics() const
{
    QString text = QStringLiteral("# %1\n").arg(m_settings.fileName());
    const QStringList keys = m_settings.allKeys();
    for (const QString &key : keys) {
        const QVariant value = m_settings.value(key);
        const QString shown = value.typeId() == QMetaType::QByteArray
                                  ? QStringLiteral("<%1 bytes>").arg(value.toByteArray().size())
                                  : value.toString();
        text += key + QStringLiteral(" = ") + shown + QLatin1Char('\n');
    }
    return text;
}

void Settings::sync()
{
    m_settings.sync();
}

QString Settings::themeToString(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::Theme Settings::themeFromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Theme::Light;
    if (text == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}
