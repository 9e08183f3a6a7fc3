notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }
terms vc { en "crypto asset" zh "加密资产" }
rule r000 {
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
rule r001 {
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
rule r002 {
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
rule r003 {
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
rule r004 {
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
rule r005 {
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
rule r006 {
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
rule r007 {
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
rule r008 {
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
rule r009 {
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
rule r010 {
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
rule r011 {
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
rule r012 {
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
rule r013 {
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
rule r014 {
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
rule r015 {
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
rule r016 {
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
rule r017 {
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
rule r018 {
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
rule r019 {
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
rule r020 {
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
rule r021 {
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
rule r022 {
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
rule r023 {
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
rule r024 {
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
rule r025 {
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
rule r026 {
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
rule r027 {
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
rule r028 {
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
rule r029 {
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
rule r030 {
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
rule r031 {
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
rule r032 {
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
rule r033 {
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
rule r034 {
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
rule r035 {
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
rule r036 {
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
rule r037 {
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
rule r038 {
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
rule r039 {
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
rule r040 {
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
rule r041 {
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
rule r042 {
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
rule r043 {
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
rule r044 {
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
rule r045 {
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
rule r046 {
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
rule r047 {
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
rule r048 {
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
rule r049 {
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
rule r050 {
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
rule r051 {
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
rule r052 {
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
rule r053 {
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
rule r054 {
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
rule r055 {
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
rule r056 {
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
rule r057 {
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
rule r058 {
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
rule r059 {
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
rule r060 {
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
rule r061 {
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
rule r062 {
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
rule r063 {
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
rule r064 {
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
rule r065 {
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
rule r066 {
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
rule r067 {
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
rule r068 {
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
rule r069 {
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
rule r070 {
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
rule r071 {
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
rule r072 {
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
rule r073 {
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
rule r074 {
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
rule r075 {
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
rule r076 {
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
rule r077 {
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
rule r078 {
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
rule r079 {
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
rule r080 {
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
rule r081 {
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
rule r082 {
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
rule r083 {
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
rule r084 {
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
rule r085 {
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
rule r086 {
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
rule r087 {
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
rule r088 {
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
rule r089 {
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
rule r090 {
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
rule r091 {
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
rule r092 {
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
rule r093 {
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
rule r094 {
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
rule r095 {
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
rule r096 {
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
rule r097 {
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
rule r098 {
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
rule r099 {
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
rule r100 {
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
rule r101 {
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
rule r102 {
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
rule r103 {
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
rule r104 {
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
rule r105 {
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
rule r106 {
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
rule r107 {
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
rule r108 {
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
rule r109 {
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
rule r110 {
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
rule r111 {
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
rule r112 {
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
rule r113 {
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
rule r114 {
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
rule r115 {
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
rule r116 {
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
rule r117 {
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
rule r118 {
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
rule r119 {
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
rule r120 {
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
rule r121 {
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
rule r122 {
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
rule r123 {
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
rule r124 {
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
rule r125 {
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
rule r126 {
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
rule r127 {
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
rule r128 {
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
rule r129 {
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
rule r130 {
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
rule r131 {
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
rule r132 {
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
rule r133 {
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
rule r134 {
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
rule r135 {
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
rule r136 {
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
rule r137 {
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
rule r138 {
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
rule r139 {
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
rule r140 {
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
rule r141 {
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
rule r142 {
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
rule r143 {
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
rule r144 {
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
rule r145 {
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
rule r146 {
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
rule r147 {
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
rule r148 {
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
rule r149 {
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
rule r150 {
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
rule r151 {
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
rule r152 {
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
rule r153 {
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
rule r154 {
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
rule r155 {
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
rule r156 {
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
rule r157 {
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
rule r158 {
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
rule r159 {
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
rule r160 {
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
rule r161 {
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
rule r162 {
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
rule r163 {
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
rule r164 {
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
rule r165 {
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
rule r166 {
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
rule r167 {
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
rule r168 {
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
rule r169 {
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
rule r170 {
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
rule r171 {
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
rule r172 {
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
rule r173 {
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
rule r174 {
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
rule r175 {
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
rule r176 {
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
rule r177 {
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
rule r178 {
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
rule r179 {
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
rule r180 {
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
rule r181 {
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
rule r182 {
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
rule r183 {
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
rule r184 {
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
rule r185 {
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
rule r186 {
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
rule r187 {
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
rule r188 {
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
rule r189 {
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
rule r190 {
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
rule r191 {
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
rule r192 {
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
rule r193 {
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
rule r194 {
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
rule r195 {
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
rule r196 {
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
rule r197 {
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
rule r198 {
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
rule r199 {
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
rule r200 {
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
rule r201 {
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
rule r202 {
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
rule r203 {
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
rule r204 {
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
rule r205 {
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
rule r206 {
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
rule r207 {
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
rule r208 {
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
rule r209 {
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
rule r210 {
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
rule r211 {
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
rule r212 {
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
rule r213 {
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
rule r214 {
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
rule r215 {
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
rule r216 {
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
rule r217 {
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
rule r218 {
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
rule r219 {
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
rule r220 {
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
rule r221 {
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
rule r222 {
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
rule r223 {
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
rule r224 {
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
rule r225 {
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
rule r226 {
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
rule r227 {
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
rule r228 {
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
rule r229 {
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
rule r230 {
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
rule r231 {
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
rule r232 {
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
rule r233 {
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
rule r234 {
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
rule r235 {
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
rule r236 {
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
rule r237 {
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
rule r238 {
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
rule r239 {
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
rule r240 {
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
rule r241 {
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
rule r242 {
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
rule r243 {
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
rule r244 {
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
rule r245 {
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
rule r246 {
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
rule r247 {
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
rule r248 {
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
rule r249 {
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
rule r250 {
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
rule r251 {
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
rule r252 {
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
rule r253 {
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
rule r254 {
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
rule r255 {
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
rule r256 {
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
rule r257 {
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
rule r258 {
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
rule r259 {
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
rule r260 {
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
rule r261 {
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
rule r262 {
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
rule r263 {
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
rule r264 {
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
rule r265 {
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
rule r266 {
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
rule r267 {
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
rule r268 {
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
rule r269 {
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
rule r270 {
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
rule r271 {
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
rule r272 {
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
rule r273 {
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
rule r274 {
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
rule r275 {
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
rule r276 {
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
rule r277 {
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
rule r278 {
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
rule r279 {
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
rule r280 {
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
rule r281 {
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
rule r282 {
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
rule r283 {
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
rule r284 {
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
rule r285 {
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
rule r286 {
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
rule r287 {
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
rule r288 {
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
rule r289 {
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
rule r290 {
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
rule r291 {
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
rule r292 {
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
rule r293 {
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
rule r294 {
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
rule r295 {
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
rule r296 {
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
rule r297 {
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
rule r298 {
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
rule r299 {
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
rule r300 {
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
rule r301 {
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
rule r302 {
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
rule r303 {
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
rule r304 {
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
rule r305 {
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
rule r306 {
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
rule r307 {
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
rule r308 {
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
rule r309 {
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
rule r310 {
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
rule r311 {
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
rule r312 {
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
rule r313 {
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
rule r314 {
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
rule r315 {
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
rule r316 {
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
rule r317 {
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
rule r318 {
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
rule r319 {
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
rule r320 {
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
rule r321 {
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
rule r322 {
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
rule r323 {
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
rule r324 {
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
rule r325 {
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
rule r326 {
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
rule r327 {
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
rule r328 {
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
rule r329 {
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
rule r330 {
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
rule r331 {
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
rule r332 {
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
rule r333 {
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
rule r334 {
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
rule r335 {
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
rule r336 {
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
rule r337 {
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
rule r338 {
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
rule r339 {
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
rule r340 {
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
rule r341 {
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
rule r342 {
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
rule r343 {
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
rule r344 {
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
rule r345 {
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
rule r346 {
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
rule r347 {
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
rule r348 {
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
rule r349 {
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
rule r350 {
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
rule r351 {
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
rule r352 {
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
rule r353 {
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
rule r354 {
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
rule r355 {
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
rule r356 {
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
rule r357 {
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
rule r358 {
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
rule r359 {
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
rule r360 {
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
rule r361 {
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
rule r362 {
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
rule r363 {
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
rule r364 {
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
rule r365 {
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
rule r366 {
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
rule r367 {
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
rule r368 {
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
rule r369 {
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
rule r370 {
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
rule r371 {
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
rule r372 {
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
rule r373 {
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
rule r374 {
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
rule r375 {
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
rule r376 {
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
rule r377 {
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
rule r378 {
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
rule r379 {
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
rule r380 {
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
rule r381 {
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
rule r382 {
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
rule r383 {
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
rule r384 {
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
rule r385 {
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
rule r386 {
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
rule r387 {
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
rule r388 {
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
rule r389 {
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
rule r390 {
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
rule r391 {
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
rule r392 {
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
rule r393 {
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
rule r394 {
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
rule r395 {
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
rule r396 {
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
rule r397 {
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
rule r398 {
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
rule r399 {
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
rule r400 {
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
rule r401 {
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
rule r402 {
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
rule r403 {
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
rule r404 {
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
rule r405 {
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
rule r406 {
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
rule r407 {
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
rule r408 {
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
rule r409 {
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
rule r410 {
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
rule r411 {
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
rule r412 {
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
rule r413 {
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
rule r414 {
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
rule r415 {
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
rule r416 {
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
rule r417 {
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
rule r418 {
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
rule r419 {
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
rule r420 {
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
rule r421 {
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
rule r422 {
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
rule r423 {
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
rule r424 {
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
rule r425 {
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
rule r426 {
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
rule r427 {
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
rule r428 {
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
rule r429 {
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
rule r430 {
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
rule r431 {
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
rule r432 {
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
rule r433 {
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
rule r434 {
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
rule r435 {
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
rule r436 {
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
rule r437 {
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
rule r438 {
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
rule r439 {
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
rule r440 {
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
rule r441 {
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
rule r442 {
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
rule r443 {
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
rule r444 {
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
rule r445 {
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
rule r446 {
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
rule r447 {
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
rule r448 {
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
rule r449 {
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
rule r450 {
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
rule r451 {
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
rule r452 {
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
rule r453 {
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
rule r454 {
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
rule r455 {
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
rule r456 {
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
rule r457 {
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
rule r458 {
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
rule r459 {
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
rule r460 {
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
rule r461 {
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
rule r462 {
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
rule r463 {
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
rule r464 {
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
rule r465 {
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
rule r466 {
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
rule r467 {
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
rule r468 {
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
rule r469 {
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
rule r470 {
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
rule r471 {
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
rule r472 {
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
rule r473 {
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
rule r474 {
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
rule r475 {
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
rule r476 {
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
rule r477 {
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
rule r478 {
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
rule r479 {
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
rule r480 {
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
rule r481 {
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
rule r482 {
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
rule r483 {
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
rule r484 {
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
rule r485 {
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
rule r486 {
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
rule r487 {
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
rule r488 {
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
rule r489 {
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
rule r490 {
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
rule r491 {
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
rule r492 {
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
rule r493 {
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
rule r494 {
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
rule r495 {
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
rule r496 {
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
rule r497 {
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
rule r498 {
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
rule r499 {
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
rule r500 {
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
rule r501 {
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
rule r502 {
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
rule r503 {
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
rule r504 {
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
rule r505 {
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
rule r506 {
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
rule r507 {
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
rule r508 {
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
rule r509 {
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
rule r510 {
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
rule r511 {
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
rule r512 {
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
rule r513 {
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
rule r514 {
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
rule r515 {
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
rule r516 {
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
rule r517 {
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
rule r518 {
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
rule r519 {
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
rule r520 {
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
rule r521 {
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
rule r522 {
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
rule r523 {
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
rule r524 {
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
rule r525 {
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
rule r526 {
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
rule r527 {
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
rule r528 {
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
rule r529 {
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
rule r530 {
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
rule r531 {
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
rule r532 {
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
rule r533 {
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
rule r534 {
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
rule r535 {
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
rule r536 {
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
rule r537 {
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
rule r538 {
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
rule r539 {
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
rule r540 {
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
rule r541 {
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
rule r542 {
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
rule r543 {
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
rule r544 {
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
rule r545 {
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
rule r546 {
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
rule r547 {
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
rule r548 {
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
rule r549 {
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
rule r550 {
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
rule r551 {
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
rule r552 {
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
rule r553 {
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
rule r554 {
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
rule r555 {
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
rule r556 {
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
rule r557 {
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
rule r558 {
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
rule r559 {
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
rule r560 {
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
rule r561 {
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
rule r562 {
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
rule r563 {
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
rule r564 {
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
rule r565 {
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
rule r566 {
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
rule r567 {
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
rule r568 {
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
rule r569 {
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
rule r570 {
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
rule r571 {
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
rule r572 {
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
rule r573 {
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
rule r574 {
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
rule r575 {
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
rule r576 {
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
rule r577 {
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
rule r578 {
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
rule r579 {
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
rule r580 {
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
rule r581 {
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
rule r582 {
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
rule r583 {
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
rule r584 {
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
rule r585 {
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
rule r586 {
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
rule r587 {
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
rule r588 {
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
rule r589 {
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
rule r590 {
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
rule r591 {
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
rule r592 {
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
rule r593 {
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
rule r594 {
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
rule r595 {
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
rule r596 {
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
rule r597 {
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
rule r598 {
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
rule r599 {
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
