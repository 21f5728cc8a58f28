#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 byte order mark. Input that is
// not valid UTF-8 is refused with the line it was found on.
class CsvReader
{
public:
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    static bool parse(const QByteArray &data, QVector<Row> *rows, QString *error);
    static QString escape(const QString &field);
};
