notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
terms vc { en "crypto asset" zh "加密资产" }
terms vc { en "crypto asset" zh "加密资产" }
rule r {
  article 1
  severity error
  on registration
  summary "s"
  when name has vc
  message "{field}: {match}"
  help "h"
  example fail { name: "加密资产公司" }
  example pass { name: "软件公司" }
}
rule r {
  article 1
  severity error
  on registration
  summary "s"
  when name has vc
  message "{field}: {match}"
  help "h"
  example fail { name: "加密资产公司" }
  example pass { name: "软件公司" }
}
