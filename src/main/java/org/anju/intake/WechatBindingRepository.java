package org.anju.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WechatBindingRepository extends JpaRepository<WechatBinding, Long> {

	Optional<WechatBinding> findByOpenId(String openId);

}
