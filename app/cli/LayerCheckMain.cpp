// Linked with the whole core archive and without QtGui/QtWidgets: if this links, the core is
// GUI-free.
int main()
{
    return 0;
}
