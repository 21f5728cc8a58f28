#include "FileDialogs.h"

#include <QFileDialog>

FileDialogs::~FileDialogs() = default;

QString FileDialogs::openFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &directory,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialogs::saveFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &suggestedPath,
                                  const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}
