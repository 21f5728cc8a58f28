#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcStore, "fleetdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "fleetdesk.profiles", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecurity, "fleetdesk.security", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "fleetdesk.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "fleetdesk.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "fleetdesk.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLwm2m, "fleetdesk.lwm2m", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMqtt, "fleetdesk.mqtt", QtWarningMsg)

namespace {

constexpr qint64 MaxLogBytes = 4 * 1024 * 1024;

QMutex g_logMutex;
QFile *g_logFile = nullptr;
QtMessageHandler g_previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void fileMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        if (g_logFile) {
            const QByteArray line
                = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                  + levelName(type) + ' '
                  + QByteArray(context.category ? context.category : "default") + ": "
                  + message.toUtf8() + '\n';
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

namespace Logging {

QString installFileLog(const QString &directory)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("fleetdesk.log"));
    QFileInfo info(path);
    if (info.exists() && info.size() > MaxLogBytes) {
        const QString old = path + QStringLiteral(".1");
        QFile::remove(old);
        QFile::rename(path, old);
    }
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return {};
    }
    QMutexLocker locker(&g_logMutex);
    delete g_logFile;
    g_logFile = file;
    g_previousHandler = qInstallMessageHandler(fileMessageHandler);
    return path;
}

QString currentLogFile()
{
    QMutexLocker locker(&g_logMutex);
    return g_logFile ? g_logFile->fileName() : QString();
}

} // namespace Logging
