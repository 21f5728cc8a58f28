#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    Cli cli(QCoreApplication::arguments().mid(1));
    return cli.run();
}
