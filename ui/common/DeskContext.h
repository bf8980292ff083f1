#pragma once

namespace relais::app {
class DeskCore;
}

namespace relais::ui {

class LanguageManager;
class SystemNotifier;
class Theme;

// What every face of the desk is given: appcore's DeskCore and the shell's services. None is
// owned by the face.
struct DeskContext
{
    app::DeskCore *core = nullptr;
    Theme *theme = nullptr;
    LanguageManager *language = nullptr;
    SystemNotifier *notifier = nullptr;
};

} // namespace relais::ui
