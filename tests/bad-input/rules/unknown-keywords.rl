notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
terms vc { en "crypto asset" zh "加密资产" }
rule r {
  article 1
  severty error
  on registration
  summary "s"
  wen name has vc
  message "{field}: {match}"
  help "h"
  example fail { name: "加密资产公司" }
  example pass { name: "软件公司" }
}
rulee r2 { }
terms x { ja "暗号資産" }
