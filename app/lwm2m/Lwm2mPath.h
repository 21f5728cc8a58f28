#pragma once

#include <QMetaType>
#include <QString>

// An LwM2M path: /obj, /obj/inst, /obj/inst/res or /obj/inst/res/resinst ("/" alone = root).
class Lwm2mPath
{
public:
    enum class Level { Invalid, Root, Object, Instance, Resource, ResourceInstance };

    Lwm2mPath() = default;
    static Lwm2mPath parse(const QString &text); // invalid on bad syntax or out-of-range ids
    static Lwm2mPath resource(int objectId, int instanceId, int resourceId);

    bool isValid() const { return m_level != Level::Invalid; }
    Level level() const { return m_level; }
    int objectId() const { return m_ids[0]; }
    int instanceId() const { return m_ids[1]; }
    int resourceId() const { return m_ids[2]; }
    int resourceInstanceId() const { return m_ids[3]; }
    // The id of the node the path names (the last segment), -1 for the root.
    int lastId() const;
    QString toString() const;

    bool operator==(const Lwm2mPath &other) const;
    bool operator!=(const Lwm2mPath &other) const { return !(*this == other); }
    bool operator<(const Lwm2mPath &other) const { return toString() < other.toString(); }

private:
    Level m_level = Level::Invalid;
    int m_ids[4] = {-1, -1, -1, -1};
};

Q_DECLARE_METATYPE(Lwm2mPath)
