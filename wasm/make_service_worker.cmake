# Writes site/sw.js from web/sw.js.in with a version derived from the app's files, so that each build
# that changes the app gives a new service worker (and a "reload to update" offer).
set(digest "")
foreach(f facturier.wasm facturier.js index.html boot.js style.css manifest.webmanifest)
  file(SHA256 ${SITE}/${f} h)
  string(APPEND digest ${h})
endforeach()
string(SHA256 version "${digest}")
string(SUBSTRING ${version} 0 16 APP_VERSION)
configure_file(${SOURCE} ${SITE}/sw.js @ONLY)
