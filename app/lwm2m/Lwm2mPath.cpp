#include "lwm2m/Lwm2mPath.h"

#include <QStringList>

namespace {
constexpr int MaxId = 65535;
} // namespace

Lwm2mPath Lwm2mPath::parse(const QString &text)
{
    Lwm2mPath path;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('/')))
        return path;
    if (trimmed == QLatin1String("/")) {
        path.m_level = Level::Root;
        return path;
    }
    QString body = trimmed.mid(1);
    if (body.endsWith(QLatin1Char('/')))
        body.chop(1);
    const QStringList parts = body.split(QLatin1Char('/'));
    if (parts.isEmpty() || parts.size() > 4)
        return path;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int id = parts.at(i).toInt(&ok);
        if (!ok || id < 0 || id > MaxId || parts.at(i).startsWith(QLatin1Char('+')))
            return {};
        path.m_ids[i] = id;
    }
    path.m_level = Level(int(Level::Object) + int(parts.size()) - 1);
    return path;
}

Lwm2mPath Lwm2mPath::resource(int objectId, int instanceId, int resourceId)
{
    return parse(QStringLiteral("/%1/%2/%3").arg(objectId).arg(instanceId).arg(resourceId));
}

int Lwm2mPath::lastId() const
{
    switch (m_level) {
    case Level::Object:
        return m_ids[0];
    case Level::Instance:
        return m_ids[1];
    case Level::Resource:
        return m_ids[2];
    case Level::ResourceInstance:
        return m_ids[3];
    default:
        return -1;
    }
}

QString Lwm2mPath::toString() const
{
    if (m_level == Level::Invalid)
        return {};
    if (m_level == Level::Root)
        return QStringLiteral("/");
    QString text;
    const int count = int(m_level) - int(Level::Object) + 1;
    for (int i = 0; i < count; ++i)
        text += QLatin1Char('/') + QString::number(m_ids[i]);
    return text;
}

bool Lwm2mPath::operator==(const Lwm2mPath &other) const
{
    return m_level == other.m_level && m_ids[0] == other.m_ids[0] && m_ids[1] == other.m_ids[1]
           && m_ids[2] == other.m_ids[2] && m_ids[3] == other.m_ids[3];
}
