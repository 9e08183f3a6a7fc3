notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
terms vc { en "crypto asset" zh "加密资产" }
terms x { zh "加密\