// SPDX-License-Identifier: GPL-3.0-or-later
// The translations library holds only the compiled .qm files as resources; this file gives the
// library a source so that every toolchain builds it.
namespace vitrine {
int translationsLibraryAnchor = 0;
}
