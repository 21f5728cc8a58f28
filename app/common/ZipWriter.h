#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// A minimal ZIP writer (stored entries, CRC-32), so "Export diagnostics" needs neither QtGui's
// private QZipWriter nor an external tool.
class ZipWriter
{
public:
    void addFile(const QString &name, const QByteArray &data);
    QByteArray toByteArray() const;
    bool writeTo(const QString &path, QString *error) const;

private:
    struct Entry
    {
        QString name;
        QByteArray data;
    };
    QVector<Entry> m_entries;
};
